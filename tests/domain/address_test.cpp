// splitAddress against the shipped national division table: cases written by hand, including ones that
// must not split (streets named after places, districts without their city, short names alone).
#include "domain/address.h"

#include <gtest/gtest.h>

using od::splitAddress;

namespace {
struct Case {
    const char *input, *province, *city, *district, *rest;
};

void expectSplit(const Case &c)
{
    const od::AddressParts p = splitAddress(QString::fromUtf8(c.input));
    EXPECT_EQ(p.province, QString::fromUtf8(c.province)) << c.input;
    EXPECT_EQ(p.city, QString::fromUtf8(c.city)) << c.input;
    EXPECT_EQ(p.district, QString::fromUtf8(c.district)) << c.input;
    EXPECT_EQ(p.rest, QString::fromUtf8(c.rest)) << c.input;
}
} // namespace

TEST(AddressSplit, FullAndShortNames)
{
    const Case cases[] = {
        {"浙江省杭州市西湖区文三路 100 号", "浙江省", "杭州市", "西湖区", "文三路 100 号"},
        {"浙江杭州西湖区文三路100号", "浙江省", "杭州市", "西湖区", "文三路100号"},
        {"浙江省 杭州市 西湖区 文三路 100 号", "浙江省", "杭州市", "西湖区", "文三路 100 号"},
        {"广东省深圳市南山区科技园", "广东省", "深圳市", "南山区", "科技园"},
        {"广东省东莞市虎门镇连升路", "广东省", "东莞市", "虎门镇", "连升路"},
        // the longest district wins: 井陉矿区 before 井陉县 is not a prefix case, 浦东新区 is one name
        {"上海市浦东新区世纪大道 1 号", "上海市", "上海市", "浦东新区", "世纪大道 1 号"},
        {"河北省石家庄市井陉矿区矿市街", "河北省", "石家庄市", "井陉矿区", "矿市街"},
        // the city given, its district not in the table: province and city only
        {"浙江省杭州市未来科技城 5 号", "浙江省", "杭州市", "", "未来科技城 5 号"},
        // the province only
        {"浙江省某某镇某某村", "浙江省", "", "", "某某镇某某村"},
        // no province written: a city followed by one of its districts
        {"杭州市西湖区文三路", "浙江省", "杭州市", "西湖区", "文三路"},
    };
    for (const Case &c : cases)
        expectSplit(c);
}

TEST(AddressSplit, MunicipalitiesAutonomousRegionsAndDirectCounties)
{
    const Case cases[] = {
        {"北京市朝阳区建国路 88 号", "北京市", "北京市", "朝阳区", "建国路 88 号"},
        {"北京朝阳区建国路88号", "北京市", "北京市", "朝阳区", "建国路88号"},
        {"北京市北京市朝阳区建国路88号", "北京市", "北京市", "朝阳区", "建国路88号"},
        {"北京市市辖区海淀区中关村", "北京市", "北京市", "海淀区", "中关村"},
        {"重庆市渝中区解放碑", "重庆市", "重庆市", "渝中区", "解放碑"},
        {"内蒙古自治区呼和浩特市赛罕区大学西街", "内蒙古自治区", "呼和浩特市", "赛罕区", "大学西街"},
        {"内蒙古呼和浩特市赛罕区大学西街", "内蒙古自治区", "呼和浩特市", "赛罕区", "大学西街"},
        {"广西南宁市青秀区民族大道", "广西壮族自治区", "南宁市", "青秀区", "民族大道"},
        {"新疆维吾尔自治区乌鲁木齐市天山区", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", ""},
        {"吉林省延边朝鲜族自治州延吉市光明街", "吉林省", "延边朝鲜族自治州", "延吉市", "光明街"},
        {"吉林吉林市船营区", "吉林省", "吉林市", "船营区", ""},
        {"湖北省仙桃市沙嘴街道", "湖北省", "仙桃市", "", "沙嘴街道"},
    };
    for (const Case &c : cases)
        expectSplit(c);
}

TEST(AddressSplit, WhatMustNotSplit)
{
    const Case cases[] = {
        {"", "", "", "", ""},
        {"文三路 100 号", "", "", "", "文三路 100 号"},
        // streets named after provinces and cities
        {"北京路 100 号", "", "", "", "北京路 100 号"},
        {"吉林路88号", "", "", "", "吉林路88号"},
        {"上海路口东侧", "", "", "", "上海路口东侧"},
        // a district name alone (西湖区 is in Hangzhou and Nanchang)
        {"西湖区文三路", "", "", "", "西湖区文三路"},
        // a short city name not followed by its district
        {"杭州湾新区滨海二路", "", "", "", "杭州湾新区滨海二路"},
        {"Room 5, 100 Main Street", "", "", "", "Room 5, 100 Main Street"},
    };
    for (const Case &c : cases)
        expectSplit(c);
}
