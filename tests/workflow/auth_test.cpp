#include "auth/password.h"
#include "auth/userservice.h"
#include "workflow/audit.h"
#include "workflowtestutil.h"

using namespace od;

TEST(Password, SaltedPbkdf2FormatAndVerify)
{
    const QString h = password::hash(QStringLiteral("秘密-pass1"));
    const QStringList parts = h.split(QLatin1Char('$'));
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(parts[0], QStringLiteral("pbkdf2-sha256"));
    EXPECT_GE(parts[1].toInt(), 100000);
    EXPECT_EQ(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
    EXPECT_EQ(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
    EXPECT_TRUE(password::verify(QStringLiteral("秘密-pass1"), h));
    EXPECT_FALSE(password::verify(QStringLiteral("秘密-pass2"), h));
    EXPECT_NE(h, password::hash(QStringLiteral("秘密-pass1"))) << "a random salt per hash";
    // Weak or malformed stored values never match.
    EXPECT_FALSE(password::verify(QStringLiteral("x"), QStringLiteral("plain")));
    QStringList weak = parts;
    weak[1] = QStringLiteral("1000");
    EXPECT_FALSE(password::verify(QStringLiteral("秘密-pass1"), weak.join(QLatin1Char('$'))));
    EXPECT_TRUE(password::constantTimeEquals("abc", "abc"));
    EXPECT_FALSE(password::constantTimeEquals("abc", "abd"));
    EXPECT_FALSE(password::constantTimeEquals("abc", "abcd"));
}

TEST(Rights, RequireRightExplainsWhoMayDoIt)
{
    Status st = requireRight(wf::kClerk, Right::RefuseRefund);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, QStringLiteral("auth.denied"));
    EXPECT_TRUE(st.error().message.startsWith(QStringLiteral("Refusing a refund needs a supervisor; you are logged in as operator")))
        << st.error().message.toStdString();
    EXPECT_TRUE(requireRight(wf::kBoss, Right::RefuseRefund).ok());
    EXPECT_EQ(requireRight(wf::kBoss, Right::ManageUsers).error().code, QStringLiteral("auth.denied"));
    EXPECT_TRUE(requireRight(wf::kAdmin, Right::ManageUsers).ok());
    EXPECT_EQ(requireRight(Session{}, Right::View).error().code, QStringLiteral("auth.no_session"));
}

TEST(Users, CreateAuthenticateChangeRoleWithAudit)
{
    test::TestDb t;
    UserService users(t.db());
    StaffUser admin{0, QStringLiteral("root"), QStringLiteral("管理员"), Role::Operator, true};
    auto first = users.create(Session{}, admin, QStringLiteral("rootpass"));
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().code, QStringLiteral("auth.bootstrap"));
    admin.role = Role::Admin;
    ASSERT_TRUE(users.create(Session{}, admin, QStringLiteral("rootpass")).ok());

    auto rootSession = users.authenticate(QStringLiteral("root"), QStringLiteral("rootpass"));
    ASSERT_TRUE(rootSession.ok()) << wf::msg(rootSession.error());
    EXPECT_EQ(rootSession->role, Role::Admin);

    StaffUser clerk{0, QStringLiteral("xiaowang"), QStringLiteral("小王"), Role::Operator, true};
    ASSERT_TRUE(users.create(rootSession.value(), clerk, QStringLiteral("wangpass")).ok());
    EXPECT_EQ(users.create(rootSession.value(), clerk, QStringLiteral("wangpass")).error().code, QStringLiteral("auth.login_taken"));
    EXPECT_EQ(users.create(rootSession.value(), StaffUser{0, QStringLiteral("x"), {}, Role::Operator, true}, QStringLiteral("12")).error().code,
              QStringLiteral("auth.password_short"));

    auto wang = users.authenticate(QStringLiteral("xiaowang"), QStringLiteral("wangpass"));
    ASSERT_TRUE(wang.ok());
    EXPECT_EQ(wang->role, Role::Operator);
    EXPECT_EQ(users.authenticate(QStringLiteral("xiaowang"), QStringLiteral("wrong")).error().code, QStringLiteral("auth.failed"));
    EXPECT_EQ(users.authenticate(QStringLiteral("nobody"), QStringLiteral("wangpass")).error().code, QStringLiteral("auth.failed"));

    // An operator cannot create users or change roles; nothing changes.
    const qint64 before = wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users"));
    auto denied = users.create(wang.value(), StaffUser{0, QStringLiteral("li"), {}, Role::Admin, true}, QStringLiteral("lipass1"));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, QStringLiteral("auth.denied"));
    EXPECT_EQ(users.changeRole(wang.value(), QStringLiteral("xiaowang"), Role::Admin).error().code, QStringLiteral("auth.denied"));
    EXPECT_EQ(wf::count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users")), before);

    ASSERT_TRUE(users.changeRole(rootSession.value(), QStringLiteral("xiaowang"), Role::Supervisor).ok());
    EXPECT_EQ(users.authenticate(QStringLiteral("xiaowang"), QStringLiteral("wangpass"))->role, Role::Supervisor);
    EXPECT_EQ(users.changeRole(rootSession.value(), QStringLiteral("root"), Role::Operator).error().code, QStringLiteral("auth.last_admin"));

    // The stored hash is the slow salted format, never the password.
    QSqlQuery q(t->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'xiaowang'")) && q.next());
    EXPECT_TRUE(q.value(0).toString().startsWith(QStringLiteral("pbkdf2-sha256$")));
    EXPECT_FALSE(q.value(0).toString().contains(QStringLiteral("wangpass")));

    auto timeline = Audit::timeline(t.db(), QStringLiteral("user"), QStringLiteral("xiaowang"));
    ASSERT_TRUE(timeline.ok());
    ASSERT_EQ(timeline->size(), 2u);
    EXPECT_EQ(timeline->at(0).action, QStringLiteral("user.create"));
    EXPECT_EQ(timeline->at(1).action, QStringLiteral("user.role"));
    EXPECT_EQ(timeline->at(1).user, QStringLiteral("root"));
    EXPECT_TRUE(timeline->at(1).before.contains(QStringLiteral("operator")));
    EXPECT_TRUE(timeline->at(1).after.contains(QStringLiteral("supervisor")));
}

TEST(Users, DeactivateReactivateAndRenameWithAudit)
{
    test::TestDb t;
    UserService users(t.db());
    ASSERT_TRUE(users.create(Session{}, StaffUser{0, QStringLiteral("root"), QStringLiteral("管理员"), Role::Admin, true}, QStringLiteral("rootpass")).ok());
    const Session root{QStringLiteral("root"), Role::Admin};
    ASSERT_TRUE(users.create(root, StaffUser{0, QStringLiteral("xiaoli"), QStringLiteral("小李"), Role::Operator, true}, QStringLiteral("lipass1")).ok());

    // Only admins; never oneself; never the last admin.
    EXPECT_EQ(users.setActive(Session{QStringLiteral("xiaoli"), Role::Supervisor}, QStringLiteral("xiaoli"), false).error().code,
              QStringLiteral("auth.denied"));
    EXPECT_EQ(users.setActive(root, QStringLiteral("root"), false).error().code, QStringLiteral("auth.self"));
    EXPECT_EQ(users.setActive(Session{QStringLiteral("other"), Role::Admin}, QStringLiteral("root"), false).error().code, QStringLiteral("auth.last_admin"));
    EXPECT_EQ(users.setActive(root, QStringLiteral("nobody"), false).error().code, QStringLiteral("auth.no_user"));

    ASSERT_TRUE(users.setActive(root, QStringLiteral("xiaoli"), false).ok());
    EXPECT_EQ(users.authenticate(QStringLiteral("xiaoli"), QStringLiteral("lipass1")).error().code, QStringLiteral("auth.inactive"));
    EXPECT_FALSE(users.find(QStringLiteral("xiaoli"))->value().active);
    ASSERT_TRUE(users.setActive(root, QStringLiteral("xiaoli"), true).ok());
    EXPECT_TRUE(users.authenticate(QStringLiteral("xiaoli"), QStringLiteral("lipass1")).ok());

    EXPECT_EQ(users.changeDisplayName(Session{QStringLiteral("x"), Role::Operator}, QStringLiteral("xiaoli"), QStringLiteral("李")).error().code,
              QStringLiteral("auth.denied"));
    ASSERT_TRUE(users.changeDisplayName(root, QStringLiteral("xiaoli"), QStringLiteral(" 李小龙 ")).ok());
    EXPECT_EQ(users.find(QStringLiteral("xiaoli"))->value().displayName, QStringLiteral("李小龙"));

    auto timeline = Audit::timeline(t.db(), QStringLiteral("user"), QStringLiteral("xiaoli"));
    ASSERT_TRUE(timeline.ok());
    ASSERT_EQ(timeline->size(), 4u);
    EXPECT_EQ(timeline->at(1).action, QStringLiteral("user.active"));
    EXPECT_TRUE(timeline->at(1).after.contains(QStringLiteral("false")));
    EXPECT_EQ(timeline->at(3).action, QStringLiteral("user.name"));
}
