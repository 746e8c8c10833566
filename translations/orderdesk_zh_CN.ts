<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionPolicy</name>
    <message>
        <location filename="../ui/actionpolicy.cpp" line="+72"/>
        <source>The trade has no sales order yet; convert it to a sales order first.</source>
        <translation>该订单尚未转销售单，请先转销售单。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The trade is not held by a conversion rule.</source>
        <translation>该订单没有被转单策略挂起。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a return order awaiting goods can be received.</source>
        <translation>只有等待收货的退单才能收货入库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only failed events can be retried.</source>
        <translation>只有失败的事件才能重试。</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>This list has no such action.</source>
        <translation>此列表没有该操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role is not allowed to do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a row first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select exactly one row.</source>
        <translation>请只选择一行。</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../core/auth/session.cpp" line="+22"/>
        <source>Viewing records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converting a trade to a sales order</source>
        <translation>转销售单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing a trade</source>
        <translation>移除订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking a record as processed</source>
        <translation>标记已处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming an order</source>
        <translation>审核订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping an order</source>
        <translation>订单发货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding or releasing an order</source>
        <translation>挂起或解挂订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing a refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelling an order</source>
        <translation>作废订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converting a refund request</source>
        <translation>转退单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving returned goods</source>
        <translation>退货收货入库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managing shops</source>
        <translation>管理店铺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managing users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the CRM settings</source>
        <translation>修改 CRM 设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying CRM events</source>
        <translation>重试 CRM 事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing the goods mapping</source>
        <translation>编辑商品对应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the conversion rules and the blacklist</source>
        <translation>修改转单策略和黑名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeing buyers&apos; whole mobile numbers</source>
        <translation>查看买家完整手机号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is logged in; log in first.</source>
        <translation>尚未登录，请先登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2; you are logged in as %3 (%4). Ask a %5 to do it.</source>
        <translation>“%1”需要%2权限；您当前以 %3（%4）登录。请联系%5处理。</translation>
    </message>
    <message>
        <location filename="../core/auth/userservice.cpp" line="+23"/>
        <source>The password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must have at least 6 characters.</source>
        <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is the last administrator; make someone else an administrator first.</source>
        <translation>“%1”是最后一个管理员，请先将其他人设为管理员。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A login needs 1 to 64 characters.</source>
        <translation>账号长度需为 1–64 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first user must be an administrator.</source>
        <translation>第一个用户必须是管理员。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>账号“%1”已被使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new user got no id.</source>
        <translation>新用户未获得编号。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong login or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account has been disabled.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has an unknown role &quot;%1&quot;.</source>
        <translation>该账号的角色“%1”无法识别。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <location line="+16"/>
        <location line="+31"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>用户“%1”不存在。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A display name has at most 64 characters.</source>
        <translation>显示名称最多 64 个字符。</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../ui/backend.cpp" line="+69"/>
        <source>Order details are downloaded by the gateway in team mode (shared database), not by this desk. The gateway fetches pending orders on its schedule; ask whoever runs it if they stay pending.</source>
        <translation>团队模式（共享数据库）下，订单明细由网关下载，不在本机下载。网关会按计划任务下载待下载订单；如果订单一直未下载，请联系网关管理员。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This order is no longer waiting for download (downloaded or removed meanwhile).</source>
        <translation>该订单已不在待下载列表中（可能已被下载或移除）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The platform did not return order %1.</source>
        <translation>平台未返回订单 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not processed.</source>
        <translation>未处理。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This CRM event no longer exists.</source>
        <translation>该 CRM 事件已不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only failed events can be retried; this one is %1.</source>
        <translation>只有失败的事件才能重试；该事件当前为“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Download schedules run on the gateway in team mode (shared database), not on this desk. Start the run on the gateway, or wait for its next scheduled run.</source>
        <translation>团队模式（共享数据库）下，计划任务由网关执行，不在本机执行。请在网关上立即执行，或等待下一次计划执行。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This exception record no longer exists.</source>
        <translation>该异常记录已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/backendrequests.cpp" line="+22"/>
        <source>In team mode the gateway downloads: send the download as a request.</source>
        <translation>团队模式下由网关下载：请以请求的方式提交下载。</translation>
    </message>
    <message>
        <location filename="../ui/backendrecords.cpp" line="+38"/>
        <source>This refund request no longer exists.</source>
        <translation>该退款申请已不存在。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This goods mapping no longer exists.</source>
        <translation>该商品对应已不存在。</translation>
    </message>
</context>
<context>
    <name>BackgroundBatch</name>
    <message>
        <location filename="../ui/backgroundbatch.cpp" line="+93"/>
        <source>Not processed.</source>
        <translation>未处理。</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../ui/batchdialog.cpp" line="+24"/>
        <location line="+84"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling… the item in progress is finished first.</source>
        <translation>正在取消…当前处理中的记录会先完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results.xlsx</source>
        <translation>处理结果.xlsx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 done: %3 succeeded, %4 failed</source>
        <translation>已处理 %1/%2：成功 %3，失败 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: %1 succeeded, %2 failed, %3 not started</source>
        <translation>已取消：成功 %1，失败 %2，未开始 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1 succeeded, %2 failed</source>
        <translation>已完成：成功 %1，失败 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting %1 items…</source>
        <translation>开始处理 %1 条…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>ColumnSettings</name>
    <message>
        <location filename="../ui/columnsettings.cpp" line="+68"/>
        <source>Restore default columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../core/setup/connectiontest.cpp" line="+29"/>
        <source>A pushing mall is not called: give it the push address and wait for its first order.</source>
        <translation>推送型商城无需主动调用：把推送地址填到商城后台，然后等待第一笔订单推送过来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the TOP endpoint and the app key first.</source>
        <translation>请先填写 TOP 接口地址和 App Key。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the app secret and the session key first: the test call is signed with them.</source>
        <translation>请先填写 App Secret 和授权会话（SessionKey）：测试调用要用它们签名。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the matrix gateway as an http:// or https:// address.</source>
        <translation>请以 http:// 或 https:// 地址的形式填写矩阵网关。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the matrix token first: the test call is signed with it.</source>
        <translation>请先填写矩阵令牌：测试调用要用它签名。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not reach the CRM&apos;s matrix gateway at %1: %2</source>
        <translation>无法连接 CRM 的矩阵网关 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The matrix gateway answered HTTP %1: check the address (it usually ends in /api).</source>
        <translation>矩阵网关返回 HTTP %1：请检查地址（通常以 /api 结尾）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address answers, but not like a ShopEx matrix gateway: check the address.</source>
        <translation>该地址有响应，但不像 ShopEx 矩阵网关：请检查地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM refused the signature: the matrix token is wrong, or the certificate / node ids do not belong to it (%1).</source>
        <translation>CRM 拒绝了签名：矩阵令牌错误，或证书 ID / 节点 ID 与令牌不匹配（%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM is busy right now (4007): try the test again in a minute.</source>
        <translation>CRM 当前繁忙（4007）：请过一分钟再测试。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The shop is not stored yet.</source>
        <translation>店铺尚未保存。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>shop %1 (%2)</source>
        <translation>店铺 %1（%2）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CRM link %1</source>
        <translation>CRM 连接 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: no CRM link configured; events stay in the outbox.</source>
        <translation>提示：尚未配置 CRM 连接，事件暂存在发件箱中。</translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <location filename="../core/domain/convertibility.cpp" line="+30"/>
        <source>The trade was deleted on the platform.</source>
        <translation>该订单已在平台上删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trade is closed or cancelled on the platform.</source>
        <translation>该订单在平台上已关闭或取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trade is not paid and not cash on delivery.</source>
        <translation>该订单未付款，且不是货到付款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line &quot;%1&quot; is under refund (%2); settle the refund first.</source>
        <translation>明细“%1”正在退款（%2），请先处理退款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trade has no goods lines.</source>
        <translation>该订单没有商品明细。</translation>
    </message>
    <message>
        <location filename="../core/workflow/conversionchunk.cpp" line="+75"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+38"/>
        <source>Trade %1 no longer exists (removed by someone else?).</source>
        <translation>订单 %1 已不存在（可能已被他人移除）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+11"/>
        <source>The line &quot;%1&quot; (platform item %2, sku %3) has no goods code; add it under goods mapping.</source>
        <translation>明细“%1”（平台商品 %2，SKU %3）没有商品编码，请在商品对应中添加。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+20"/>
        <location line="+41"/>
        <source>The trade has already been converted to a sales order.</source>
        <translation>该订单已转为销售单。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+4"/>
        <source>The new sales order got no id.</source>
        <translation>新销售单未获得编号。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+37"/>
        <source>Trade %1 converted to sales order %2</source>
        <translation>订单 %1 已转为销售单 %2</translation>
    </message>
</context>
<context>
    <name>Crm</name>
    <message>
        <location filename="../core/crm/crmmapping.cpp" line="+44"/>
        <source>The CRM event&apos;s order snapshot is invalid: %1</source>
        <translation>CRM 事件中的订单快照无效：%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The matrix gateway address and the app id are required.</source>
        <translation>必须填写矩阵网关地址和应用 ID（app id）。</translation>
    </message>
    <message>
        <location filename="../core/crm/crmstore.cpp" line="+178"/>
        <source>You are not allowed to retry CRM synchronisation.</source>
        <translation>您无权重试 CRM 同步。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sales order %1 does not exist.</source>
        <translation>销售订单 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>CrmPage</name>
    <message>
        <location filename="../ui/syncpages.cpp" line="+117"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry CRM events</source>
        <translation>重试 CRM 事件</translation>
    </message>
</context>
<context>
    <name>CrmSettingsDialog</name>
    <message>
        <location filename="../ui/crmsettingsdialog.cpp" line="+21"/>
        <source>CRM link</source>
        <translation>CRM 对接</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Matrix gateway address:</source>
        <translation>矩阵网关地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App id:</source>
        <translation>应用 ID（app_id）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate id:</source>
        <translation>证书 ID（certi_id）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our node id:</source>
        <translation>本方节点 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM node id:</source>
        <translation>CRM 节点 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback base address:</source>
        <translation>回调基础地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol version:</source>
        <translation>协议版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix token:</source>
        <translation>矩阵 Token：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to keep the stored token</source>
        <translation>留空则保留已保存的 Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is kept only in the system&apos;s secret store, never in the database. The CRM link restarts with the new settings when you save.</source>
        <translation>Token 只保存在系统密钥库中，绝不写入数据库。保存后 CRM 对接将按新设置重新启动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team mode: the matrix token is kept in the secret store on the gateway&apos;s machine; enter it there.</source>
        <translation>团队模式：矩阵 Token 保存在网关所在电脑的密钥库中，请在那里填写。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test the connection</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team mode: the token is on the gateway&apos;s machine; test the link there with orderdesk-gateway --check.</source>
        <translation>团队模式：矩阵令牌保存在网关所在的电脑上，请在那台电脑上运行 orderdesk-gateway --check 测试连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the CRM accepted the signature.</source>
        <translation>连接正常：CRM 已接受签名。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the matrix gateway as an http:// or https:// address.</source>
        <translation>请以 http:// 或 https:// 地址填写矩阵网关。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the app id (usually ecos.ome).</source>
        <translation>请填写应用 ID（通常为 ecos.ome）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The callback base must be an http:// or https:// address, or empty.</source>
        <translation>回调基础地址必须是 http:// 或 https:// 地址，或留空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the protocol version (usually 1).</source>
        <translation>请填写协议版本（通常为 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token must not start or end with spaces.</source>
        <translation>Token 的开头和结尾不能有空格。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+321"/>
        <source>Schema step %1 (%2) failed: %3
%4</source>
        <translation>数据库升级步骤 %1（%2）失败：%3
%4</translation>
    </message>
    <message>
        <location filename="../core/storage/sql.cpp" line="+26"/>
        <source>Database error while %1: %2</source>
        <translation>%1时数据库出错：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+108"/>
        <source>No database given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the PostgreSQL address &quot;%1&quot;.</source>
        <translation>无法识别 PostgreSQL 地址“%1”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the PostgreSQL setting &quot;%1&quot;.</source>
        <translation>无法识别 PostgreSQL 设置“%1”。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../sim/demo/demoenvironment.cpp" line="+81"/>
        <source>The demo shops are missing: seed the demo database first.</source>
        <translation>缺少演示店铺：请先生成演示数据库。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The TOP simulator could not listen on 127.0.0.1.</source>
        <translation>淘宝 TOP 模拟器无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CRM simulator could not listen on 127.0.0.1.</source>
        <translation>CRM 模拟器无法在 127.0.0.1 上监听。</translation>
    </message>
</context>
<context>
    <name>DeskRequests</name>
    <message>
        <location filename="../core/gateway/deskrequests.cpp" line="+69"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run schedules now</source>
        <translation>立即执行计划任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send CRM events again</source>
        <translation>重新发送 CRM 事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write back to the platform</source>
        <translation>回写平台</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/gateway/gatewaywriteback.cpp" line="+109"/>
        <source>The request&apos;s parameters are unreadable.</source>
        <translation>请求参数无法读取。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the shop to download from.</source>
        <translation>请选择要下载的店铺。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a trade number (trade numbers are digits).</source>
        <translation>“%1”不是交易编号（交易编号由数字组成）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a time range or paste trade numbers.</source>
        <translation>请填写时间范围，或粘贴交易编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of the range is before its start.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform keeps orders for three months: start the range later.</source>
        <translation>平台只保留三个月内的订单：请把开始时间往后调。</translation>
    </message>
    <message>
        <location filename="../core/gateway/requestrunner.cpp" line="+24"/>
        <source>%1 found: %2 new, %3 updated, %4 refused.</source>
        <translation>共找到 %1 笔：新增 %2，更新 %3，拒收 %4。</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This shop has no enabled schedule.</source>
        <translation>该店铺没有启用的计划任务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway&apos;s CRM link sends the events again now.</source>
        <translation>网关的 CRM 连接正在重新发送事件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown request.</source>
        <translation>未知的请求。</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../ui/downloaddialog.cpp" line="+36"/>
        <source>Download orders</source>
        <translation>下载订单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste trade numbers here, one per line, to download exactly those (the range is then not used).</source>
        <translation>在此粘贴交易编号，每行一个，只下载这些订单（此时不使用时间范围）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trade status:</source>
        <translation>交易状态：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified from:</source>
        <translation>修改时间从：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified to:</source>
        <translation>修改时间到：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trade numbers:</source>
        <translation>交易编号：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start download</source>
        <translation>开始下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping after the current page…</source>
        <translation>当前这一页完成后停止…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No Taobao/Tmall shop to download from: add one in Settings → Shops. Pushing malls send their orders themselves.</source>
        <translation>没有可下载的淘宝/天猫店铺：请在 设置 → 店铺 中添加。推送型商城会自己推送订单。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading… %1</source>
        <translation>正在下载… %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending the request to the gateway…</source>
        <translation>正在把请求发送给网关…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No gateway is running on this database: the request waits in the queue and runs when a gateway starts (orderdesk-gateway on the team&apos;s server).</source>
        <translation>此数据库当前没有运行中的网关：请求会在队列中等待，网关（团队服务器上的 orderdesk-gateway）启动后执行。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request #%1: %2</source>
        <translation>请求 #%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gateway %1</source>
        <translation>网关 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not finished.</source>
        <translation>未完成。</translation>
    </message>
</context>
<context>
    <name>DownloadService</name>
    <message>
        <location filename="../core/intake/downloadservice.cpp" line="+62"/>
        <source>Shop %1 cannot be downloaded from.</source>
        <translation>无法从店铺 %1 下载订单。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Stopped on request; what was downloaded so far is kept.</source>
        <translation>已按要求停止；已下载的部分都已保存。</translation>
    </message>
    <message>
        <location line="+222"/>
        <location line="+18"/>
        <location filename="../core/intake/refundintake.cpp" line="+89"/>
        <source>The time range %1 – %2 is not valid.</source>
        <translation>时间范围 %1 – %2 无效。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The platform of shop %1 cannot list trades by creation time.</source>
        <translation>店铺 %1 所在平台不支持按创建时间查询订单，无法补漏下载。</translation>
    </message>
    <message>
        <location filename="../core/intake/refundintake.cpp" line="-4"/>
        <source>The platform of shop %1 has no refunds to download.</source>
        <translation>店铺 %1 所在平台没有可下载的退款单。</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <location filename="../ui/syncpages.cpp" line="+5"/>
        <source>View raw body</source>
        <translation>查看原始报文</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Raw body</source>
        <translation>原始报文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused because: %1</source>
        <translation>拒收原因：%1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../ui/exporter.cpp" line="+50"/>
        <source>Could not write the Excel file: %1</source>
        <translation>无法写入 Excel 文件：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>Could not create the Excel file %1.</source>
        <translation>无法创建 Excel 文件 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+28"/>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held only</source>
        <translation>只看挂起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trades a conversion rule held for review (see the Hold reason column)</source>
        <translation>被转单策略挂起待审的订单（见“挂起原因”列）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 days</source>
        <translation>最近 3 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>自定义时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No text search on this list</source>
        <translation>此列表不支持文本搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search trade ID, buyer, receiver, mobile, goods code… (Ctrl+F)</source>
        <translation>搜索订单号、买家、收货人、手机、商品编码…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Shop: %1</source>
        <translation>店铺：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time: %1 – %2</source>
        <translation>时间：%1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: &quot;%1&quot;</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held only</source>
        <translation>只看挂起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no filter: the whole list</source>
        <translation>未筛选，全部记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the parts of a filter description</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../ui/firstrunwizard.cpp" line="+51"/>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>good</source>
        <translation>较强</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location line="+216"/>
        <source>OrderDesk — first start</source>
        <translation>订单工作台 — 首次使用向导</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <location filename="../core/gateway/gatewayconfig.cpp" line="+21"/>
        <source>Configuration field &quot;%1&quot;: %2</source>
        <translation>配置项“%1”：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configuration field &quot;%1&quot;: secrets never go in the configuration; name the secret with secret_ref and keep it in the keychain, a secrets file or the environment.</source>
        <translation>配置字段“%1”：密钥不能写在配置文件里；请用 secret_ref 指定密钥名称，把密钥保存在系统钥匙串、密钥文件或环境变量中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <location line="+60"/>
        <location line="+34"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>required: the name of the matrix token in the secret store</source>
        <translation>必填：矩阵令牌在密钥存储中的名称</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>expected one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The configuration is not a JSON object.</source>
        <translation>配置不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+34"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>expected &quot;top&quot; or &quot;mall&quot;</source>
        <translation>应为“top”或“mall”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown scheme (known: %1)</source>
        <translation>未知的签名方案（可用：%1）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot read the configuration %1: %2</source>
        <translation>无法读取配置 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shop &quot;%1&quot;: %2</source>
        <translation>店铺“%1”：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown shop &quot;%1&quot;</source>
        <translation>未知店铺“%1”</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaylock.cpp" line="+71"/>
        <source>The connection that holds the gateway lock was lost.</source>
        <translation>持有网关锁的数据库连接已断开。</translation>
    </message>
    <message>
        <location filename="../app/gateway/main.cpp" line="+102"/>
        <source>Give the secret&apos;s name (secret_ref) and its value.</source>
        <translation>请给出密钥的名称（secret_ref）和密钥值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret %1 stored (%2).</source>
        <translation>密钥 %1 已保存（%2）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The password of %1 was reset; the account is an active administrator. The audit log records it.</source>
        <translation>已重置 %1 的密码；该账号现为启用状态的管理员。此操作已记入审计日志。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>OrderDesk gateway: receives pushed orders and runs scheduled downloads.</source>
        <translation>OrderDesk 网关：接收推送订单并执行计划下载任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>SQLite 文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration JSON: stored in the database, then used for this run.</source>
        <translation>配置 JSON：先保存到数据库，再用于本次运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the configuration JSON in the database and exit.</source>
        <translation>将配置 JSON 保存到数据库后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON file of secrets (mode 0600).</source>
        <translation>密钥 JSON 文件（权限 0600）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (keychain, file, env), keychain, file or env.</source>
        <translation>auto（钥匙串、文件、环境变量）、keychain、file 或 env。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiver port (overrides the configuration; 0 = any free port).</source>
        <translation>接收端口（覆盖配置；0 = 任意空闲端口）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the texts written for staff: zh_CN (default) or en.</source>
        <translation>写给员工看的文字所用的语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between attempts to become the active gateway.</source>
        <translation>两次尝试成为活动网关之间的间隔秒数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test every configured link (shops, CRM) with one signed call each, print the results and exit (non-zero if one fails).</source>
        <translation>对每个已配置的连接（店铺、CRM）各发一次签名调用进行测试，输出结果后退出（有失败时返回非零）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store the secret named by this secret_ref in the secret store (keychain unless --secret-store says otherwise); the value is read from standard input (or ORDERDESK_SECRET_VALUE). Then exit.</source>
        <translation>将名为此 secret_ref 的密钥存入密钥库（默认为系统钥匙串，可用 --secret-store 另选）；密钥值从标准输入读取（或取自 ORDERDESK_SECRET_VALUE），然后退出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a new password for this user (read from standard input, or ORDERDESK_NEW_PASSWORD), make it an active administrator, audit it, and exit.</source>
        <translation>为该用户设置新密码（从标准输入读取，或取 ORDERDESK_NEW_PASSWORD），将其设为启用的管理员，记入审计日志后退出。</translation>
    </message>
    <message>
        <location filename="../core/gateway/localservices.cpp" line="+226"/>
        <source>The push receiver is switched off in the settings.</source>
        <translation>推送接收服务已在设置中关闭。</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>CRM not configured: events stay in the outbox.</source>
        <translation>CRM 未配置：事件暂留在发件箱中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No CRM token (secret %1): events stay in the outbox.</source>
        <translation>没有 CRM 令牌（密钥 %1）：事件暂存在发件箱中。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scheduled downloads run on the gateway, not on this desk: start the run there.</source>
        <translation>计划下载由网关运行，不在本机运行：请在网关上执行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This shop has no enabled download schedule.</source>
        <translation>该店铺没有已启用的下载计划。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shop no longer exists.</source>
        <translation>该店铺已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only shops whose orders are downloaded from their platform have orders to download.</source>
        <translation>只有从平台下载订单的店铺才有待下载订单。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/interfacepages.cpp" line="+127"/>
        <source>Details</source>
        <translation>详细</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/listpage.cpp" line="+126"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <location line="+22"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Total %1 · loaded %2 · selected %3</source>
        <translation>共 %1 条 · 已加载 %2 条 · 已选 %3 条</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/listviewstate.cpp" line="+118"/>
        <source>%n new rows above · click to see them</source>
        <translation>
            <numerusform>有 %n 条新记录 · 点击查看</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wholelist.cpp" line="+54"/>
        <source>Nothing in the list matches the current filter.</source>
        <translation>当前筛选条件下没有记录。</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../core/storage/lists.cpp" line="+38"/>
        <location line="+15"/>
        <location line="+31"/>
        <location line="+18"/>
        <location line="+17"/>
        <location line="+22"/>
        <source>Trade ID</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+15"/>
        <location line="+32"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+22"/>
        <location line="+12"/>
        <location line="+9"/>
        <location line="+40"/>
        <location filename="../ui/skumappingimportdialog.cpp" line="+47"/>
        <location line="+239"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+16"/>
        <location line="+31"/>
        <location line="+38"/>
        <source>Buyer</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+16"/>
        <location line="+31"/>
        <location line="+38"/>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Platform status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+23"/>
        <location line="+42"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+138"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+22"/>
        <location line="+116"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+38"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Payment received</source>
        <translation>是否付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>明细数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+24"/>
        <location line="+13"/>
        <location line="+40"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Hold reason</source>
        <translation>挂起原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address problem</source>
        <translation>地址问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Sales order</source>
        <translation>销售单</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Converted by</source>
        <translation>转单人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted at</source>
        <translation>转单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Refund ID</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+51"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Goods back</source>
        <translation>需退货</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <location line="+39"/>
        <source>Order No.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refunded amount</source>
        <translation>已退金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking No.</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return No.</source>
        <translation>退单编号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goods received</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>查到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered at</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM answer</source>
        <translation>CRM 回执</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/skumappingimportdialog.cpp" line="-237"/>
        <location line="+237"/>
        <source>Platform item</source>
        <translation>平台商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/skumappingimportdialog.cpp" line="-235"/>
        <location line="+236"/>
        <source>Platform SKU</source>
        <translation>平台 SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/skumappingimportdialog.cpp" line="-234"/>
        <location line="+234"/>
        <source>Goods code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pending download</source>
        <translation>待下载订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending import</source>
        <translation>待转入订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order history</source>
        <translation>历史订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending refunds</source>
        <translation>待转入退单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return orders</source>
        <translation>退单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled tasks</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM sync</source>
        <translation>CRM 同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods mapping</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <location filename="../ui/exporter.cpp" line="+21"/>
        <location filename="../ui/listmodel.cpp" line="+48"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="+17"/>
        <source>Log in to OrderDesk</source>
        <translation>登录订单工作台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Forgot password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An administrator sets a new password in Settings → Users (Reset password).
If no administrator can log in, whoever may run programs on the computer that holds the database runs, in the OrderDesk folder:
    orderdesk-gateway --db &lt;database&gt; --reset-password &lt;login&gt;
and types the new password. The account becomes an active administrator and the audit log records the reset.</source>
        <translation>请管理员在 设置 → 用户（重置密码）中为您设置新密码。
如果没有任何管理员能登录，请有权在数据库所在电脑上运行程序的人员，在订单工作台的安装目录中运行：
    orderdesk-gateway --db &lt;数据库&gt; --reset-password &lt;账号&gt;
然后输入新密码。该账号将成为启用状态的管理员，审计日志会记录这次重置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter your login.</source>
        <translation>请输入账号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+22"/>
        <source>OrderDesk</source>
        <translation>订单工作台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion rules</source>
        <translation>转单策略</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
</context>
<context>
    <name>MallPlatform</name>
    <message>
        <location filename="../core/platforms/mall/mallplatform.cpp" line="+21"/>
        <source>Shop %1 pushes its orders: there is nothing to download from it.</source>
        <translation>店铺 %1 由平台推送订单，无需从平台下载。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/domain/money.cpp" line="+15"/>
        <source>Invalid amount &quot;%1&quot;: %2</source>
        <translation>金额“%1”无效：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the amount is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>only digits and one decimal point are allowed</source>
        <translation>只能包含数字和一个小数点</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+26"/>
        <source>the amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>more than two decimal places</source>
        <translation>小数超过两位</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Amount overflow</source>
        <translation>金额溢出</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid date &quot;%1&quot;: expected yyyy-MM-dd HH:mm:ss</source>
        <translation>日期“%1”无效：应为 yyyy-MM-dd HH:mm:ss</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="+26"/>
        <source>Sales order details</source>
        <translation>销售订单详细</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>买家：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver:</source>
        <translation>收货人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipment:</source>
        <translation>发货：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goods lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw payload</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This sales order no longer exists.</source>
        <translation>该销售订单已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales order details — %1</source>
        <translation>销售订单详细 — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · on hold</source>
        <translation> · 已挂起</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · platform changes to check</source>
        <translation> · 平台有变更待确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · trade %2 · %3 · created %4 by %5</source>
        <translation>%1 · 平台单号 %2 · %3 · %5 于 %4 创建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goods %1 + freight %2 − discount %3 = paid %4</source>
        <translation>商品 %1 + 运费 %2 − 优惠 %3 = 实付 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; refunded %1</source>
        <translation>；已退款 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ The platform&apos;s amounts do not add up: goods − discount + freight differs from the paid amount by %1.</source>
        <translation>⚠ 平台金额对不上：商品 − 优惠 + 运费 与实付相差 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not shipped)</source>
        <translation>（未发货）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, tracking number %2</source>
        <translation>%1，运单号 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../core/workflow/orderrow.cpp" line="+49"/>
        <location filename="../core/workflow/outboxwriter.cpp" line="+57"/>
        <source>Sales order %1 does not exist.</source>
        <translation>销售订单 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/workflow/orderservice.cpp" line="+82"/>
        <location line="+55"/>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Shipping needs the express company and the tracking number.</source>
        <translation>发货需要填写快递公司和快递单号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The express company</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The order&apos;s shop no longer exists.</source>
        <translation>订单所属店铺已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform did not accept the shipment: %1</source>
        <translation>平台未接受发货信息：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platform answer: %1</source>
        <translation>平台回复：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n platform change(s) acknowledged</source>
        <translation>
            <numerusform>已确认 %n 条平台变更</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workflow/outboxwriter.cpp" line="+80"/>
        <source>The outbox event got no id.</source>
        <translation>CRM 待发事件未获得编号。</translation>
    </message>
</context>
<context>
    <name>PartialRefundDialog</name>
    <message>
        <location filename="../ui/refunddialogs.cpp" line="+57"/>
        <source>Partial refund — %1</source>
        <translation>部分退款 — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid:</source>
        <translation>实付：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded:</source>
        <translation>已退款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most:</source>
        <translation>最多可退：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 12.50</source>
        <translation>例如 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund amount (yuan):</source>
        <translation>退款金额（元）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. compensation for a damaged parcel</source>
        <translation>例如：包裹破损补偿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the amount to refund.</source>
        <translation>请输入退款金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an amount of money (use e.g. 12.50).</source>
        <translation>“%1”不是有效金额（例如 12.50）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount must be more than 0.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 can be refunded (paid %2, already refunded %3).</source>
        <translation>最多可退 %1（实付 %2，已退 %3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason may be at most 200 characters long.</source>
        <translation>原因最多 200 个字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line &quot;%1&quot; at most:</source>
        <translation>明细“%1”最多可退：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At most %1 can be refunded on the line &quot;%2&quot;.</source>
        <translation>明细“%2”最多还可退 %1。</translation>
    </message>
</context>
<context>
    <name>Payloads</name>
    <message>
        <location filename="../core/storage/payloads.cpp" line="+74"/>
        <source>The stored platform payload is damaged.</source>
        <translation>保存的平台原始报文已损坏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored platform payload has an unknown format (%1).</source>
        <translation>保存的平台原始报文格式未知（%1）。</translation>
    </message>
</context>
<context>
    <name>PendingDownloadPage</name>
    <message>
        <location filename="../ui/interfacepages.cpp" line="-99"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Download trade details</source>
        <translation>下载订单详情</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Download all</source>
        <translation>全部下载</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Download by query…</source>
        <translation>按条件下载…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>PendingImportPage</name>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>详细</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+6"/>
        <source>Convert to sales order</source>
        <translation>转销售单</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Batch convert</source>
        <translation>批量转订单</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark processed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all</source>
        <translation>全部移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 trades from the list (%2)? A later download brings them back.</source>
        <translation>将移除 %1 条订单（%2），下次下载会重新下载这些订单。确定吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark all processed</source>
        <translation>全部已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 trades as processed (%2)? They will not be downloaded again.</source>
        <translation>将 %1 条订单标记为已处理（%2），之后不会再下载。确定吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map goods…</source>
        <translation>商品对应…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Release hold</source>
        <translation>取消挂起</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Convert the %n selected trades to sales orders?</source>
        <translation>
            <numerusform>确定将选中的 %n 个订单转为销售单吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Convert %1 trades to sales orders (%2)?</source>
        <translation>将转入 %1 条订单（%2），确定吗？</translation>
    </message>
</context>
<context>
    <name>PendingRefundsPage</name>
    <message>
        <location line="+22"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert to return</source>
        <translation>转退单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch convert to returns</source>
        <translation>批量转退单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert %1 refund requests to returns (%2)?</source>
        <translation>将转入 %1 条退单（%2），确定吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse refund…</source>
        <translation>拒绝退款…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund…</source>
        <translation>部分退款…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark processed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark all processed</source>
        <translation>全部已处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 refund requests as processed (%2)? They will not be downloaded again.</source>
        <translation>将 %1 条退单标记为已处理（%2），之后不会再下载。确定吗？</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The trade has no sales order yet; convert it to a sales order first.</source>
        <translation>该订单尚未转销售单，请先转销售单。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refund recorded.</source>
        <translation>已退款。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refund refused.</source>
        <translation>已拒绝退款。</translation>
    </message>
</context>
<context>
    <name>PlatformChanges</name>
    <message>
        <location filename="../core/intake/platformchanges.cpp" line="+102"/>
        <source>status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>line %1 (%2) refund: %3</source>
        <translation>明细 %1（%2）退款：%3</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Deleted on the platform</source>
        <translation>平台已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed or cancelled</source>
        <translation>已关闭或取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line refund</source>
        <translation>明细退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished on the platform</source>
        <translation>平台已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiver changed</source>
        <translation>收货信息已修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount changed</source>
        <translation>金额已变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed</source>
        <translation>状态已变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on the platform</source>
        <translation>平台上已修改</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>deleted on the platform (or moved to its recycle bin)</source>
        <translation>已在平台上删除（或移入回收站）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed or cancelled on the platform (status %1)</source>
        <translation>已在平台上关闭或取消（状态 %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refund %1 of line %2: %3, status %4</source>
        <translation>明细 %2 的退款 %1：%3，状态 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finished on the platform</source>
        <translation>已在平台上完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receiver changed: %1 %2 %3</source>
        <translation>收货信息已修改：%1 %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paid amount %1 → %2</source>
        <translation>实付金额 %1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>changed on the platform</source>
        <translation>平台上已修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform copy of %1:</source>
        <translation>%1 的平台数据：</translation>
    </message>
    <message>
        <location filename="../core/workflow/platformprogress.cpp" line="+48"/>
        <source>Cash on delivery paid on the platform at %1: %2</source>
        <translation>货到付款已在平台付款（%1）：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Finished on the platform (copy of %1)</source>
        <translation>平台上交易已完成（%1 的平台副本）</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../core/platforms/platform.cpp" line="+29"/>
        <source>Shop &quot;%1&quot; does not receive pushed orders.</source>
        <translation>店铺“%1”不接收推送订单。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/printing.cpp" line="+37"/>
        <source>Picking list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>共 %1 个订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Goods code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Attributes</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delivery note</source>
        <translation>发货单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order No.:</source>
        <translation>订单编号：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trade ID:</source>
        <translation>平台订单号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiver:</source>
        <translation>收货人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goods:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freight:</source>
        <translation>运费：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:</source>
        <translation>实付：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <location filename="../core/platforms/mall/mallfields.cpp" line="+11"/>
        <source>Required field &quot;%1&quot; is missing.</source>
        <translation>缺少必填字段“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field &quot;%1&quot; is invalid: %2</source>
        <translation>字段“%1”无效：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation>“%1”不是有效金额</translation>
    </message>
    <message>
        <location filename="../core/platforms/mall/mallamounts.cpp" line="+13"/>
        <location filename="../core/platforms/mall/mallfields.cpp" line="+5"/>
        <location line="+3"/>
        <source>the amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <location filename="../core/platforms/mall/mallfields.cpp" line="+5"/>
        <source>a floating-point number is not accepted for money; send a decimal string such as &quot;3.00&quot;</source>
        <translation>金额不接受浮点数；请发送“3.00”这样的小数字符串</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a decimal string such as &quot;3.00&quot;</source>
        <translation>应为“3.00”这样的小数字符串</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a time &quot;yyyy-MM-dd HH:mm:ss&quot;</source>
        <translation>应为“yyyy-MM-dd HH:mm:ss”格式的时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid time</source>
        <translation>“%1”不是有效时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field &quot;%1&quot; holds text that is not valid JSON; ignored.</source>
        <translation>字段“%1”中的文本不是有效的 JSON，已忽略。</translation>
    </message>
    <message>
        <location filename="../core/platforms/mall/mallmapper.cpp" line="+57"/>
        <source>The push body is empty.</source>
        <translation>推送内容为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The push body is JSON but not an object.</source>
        <translation>推送内容是 JSON，但不是对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The push body is truncated JSON (it ends after %1 bytes).</source>
        <translation>推送内容是不完整的 JSON（在第 %1 字节处中断）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The push body is not JSON (error at byte %1).</source>
        <translation>推送内容不是 JSON（第 %1 字节出错）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The push body holds a number too large to represent.</source>
        <translation>推送内容中的数字过大，无法表示。</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>[Cash on delivery]</source>
        <translation>[货到付款]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Self-pickup]</source>
        <translation>[到店自提]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Same-city delivery]</source>
        <translation>[同城配送]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Buyer asked to cancel]</source>
        <translation>[买家申请取消]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Still being processed by the mall]</source>
        <translation>[商城处理中]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Merchant %1]</source>
        <translation>[商户 %1]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amounts do not add up: goods %1 − discount %2 + freight %3 = %4, but %5 was paid.</source>
        <translation>金额对不上：商品 %1 − 优惠 %2 + 运费 %3 = %4，但实付 %5。</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>expected a list of order lines</source>
        <translation>应为订单明细列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order has no lines</source>
        <translation>订单没有商品明细</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the quantity must be a positive number</source>
        <translation>数量必须为正数</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Goods %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line refund pushed by the mall</source>
        <translation>商城推送的明细退款</translation>
    </message>
    <message>
        <location filename="../core/push/pushreceiver.cpp" line="+97"/>
        <source>The push did not arrive in time (nothing for %1 s, or not all of it within %2 s; %3 bytes of the body came); the connection was cut.</source>
        <translation>推送未按时到达（%1 秒内没有数据，或 %2 秒内未收全；已收到正文 %3 字节），连接已断开。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection ended before the whole body arrived (%1 bytes).</source>
        <translation>请求内容未完整到达连接就已断开（%1 字节）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+124"/>
        <source>The push body is too large: %1 bytes (at most %2 are accepted).</source>
        <translation>推送内容过大：%1 字节（最多接受 %2 字节）。</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Routes must be added before the receiver starts.</source>
        <translation>必须在接收服务启动前添加路由。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot listen on %1:%2 (in use or not allowed).</source>
        <translation>无法监听 %1:%2（端口已占用或无权限）。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The request line and headers are larger than %1 bytes; the connection was cut.</source>
        <translation>请求行和请求头超过 %1 字节，连接已断开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request headers did not arrive in time (nothing for %1 s, or not all of them within %2 s); the connection was cut.</source>
        <translation>请求头未按时到达（%1 秒内没有数据，或 %2 秒内未收全），连接已断开。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request could not be read as HTTP (status %1): a malformed request line, or a request line or header beyond the limits.</source>
        <translation>无法按 HTTP 读取该请求（状态 %1）：请求行格式错误，或请求行、请求头超出限制。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unknown shop &quot;%1&quot;: no pushing shop has this code or app key.</source>
        <translation>未知店铺“%1”：没有推送类店铺使用此编码或 AppKey。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shop &quot;%1&quot; does not receive pushed orders.</source>
        <translation>店铺“%1”不接收推送订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop &quot;%1&quot; is disabled.</source>
        <translation>店铺“%1”已停用。</translation>
    </message>
    <message>
        <location filename="../core/platforms/mall/mallplatform.cpp" line="+35"/>
        <source>The secret of shop &quot;%1&quot; is not available: %2</source>
        <translation>无法获取店铺“%1”的密钥：%2</translation>
    </message>
    <message>
        <location filename="../core/push/pushsign.cpp" line="+56"/>
        <source>Unknown signature scheme &quot;%1&quot; (known: %2).</source>
        <translation>未知的签名方案“%1”（可用：%2）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The push has no app_sign.</source>
        <translation>推送中没有 app_sign。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong signature: app_sign does not match the shop&apos;s secret (scheme %1).</source>
        <translation>签名错误：app_sign 与店铺密钥不匹配（方案 %1）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+100"/>
        <source>goods mapping</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>OrderDesk</source>
        <translation>订单工作台</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demo supervisor</source>
        <translation>演示主管</translation>
    </message>
</context>
<context>
    <name>ReceiverDialog</name>
    <message>
        <location filename="../ui/receiverdialog.cpp" line="+21"/>
        <source>Push receiver</source>
        <translation>推送接收</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept order pushes</source>
        <translation>接收订单推送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer.</source>
        <translation>0.0.0.0 监听所有网卡；127.0.0.1 仅限本机。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listen address:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply format:</source>
        <translation>回复格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway reads these settings when it starts: changes apply at its next start.</source>
        <translation>网关在启动时读取这些设置：修改将在下次启动时生效。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the listen address as an IPv4 address, e.g. 0.0.0.0 (every interface) or 127.0.0.1.</source>
        <translation>请以 IPv4 地址填写监听地址，例如 0.0.0.0（所有网卡）或 127.0.0.1。</translation>
    </message>
</context>
<context>
    <name>RefundDetailDialog</name>
    <message>
        <location filename="../ui/refunddetaildialog.cpp" line="+26"/>
        <source>Refund request</source>
        <translation>退款申请</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original trade</source>
        <translation>原始订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line ID</source>
        <translation>明细编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Merchant code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Platform refund status</source>
        <translation>平台退款状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This refund</source>
        <translation>本次退款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods lines of the original trade</source>
        <translation>原始订单商品明细</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of this request</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Before shipping (on sale)</source>
        <translation>售中（发货前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After sale</source>
        <translation>售后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund ID</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Trade ID</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reason</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods come back</source>
        <translation>需退货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund only, no goods back</source>
        <translation>仅退款，无需退货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase</source>
        <translation>退款阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused because</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform answer</source>
        <translation>平台回复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trade %1 has not been downloaded yet.</source>
        <translation>订单 %1 尚未下载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buyer</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No refund</source>
        <translation>无退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded line</source>
        <translation>本次退款明细</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sales order yet: convert the trade to a sales order first (converting the refund needs it too).</source>
        <translation>尚无销售单：请先转销售单（转退单也需要销售单）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order No.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded amount</source>
        <translation>已退金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <location filename="../core/workflow/refundservice.cpp" line="+23"/>
        <source>Refund request %1 no longer exists.</source>
        <translation>退款申请 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunding %1 would exceed what was paid on order %2: paid %3, already refunded %4, at most %5 left.</source>
        <translation>退款 %1 将超过订单 %2 的实付金额：实付 %3，已退 %4，最多还可退 %5。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Trade %1 has no sales order yet; convert the order first.</source>
        <translation>订单 %1 尚未生成销售单，请先转单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refund amount must not be negative.</source>
        <translation>退款金额不能为负数。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The return order got no id.</source>
        <translation>退单未获得编号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund %1: return order %2 awaits the goods (%3)</source>
        <translation>退款 %1：退单 %2 等待收货（%3）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Refund %1 of %2 (shipped, no goods back)</source>
        <translation>退款 %1，金额 %2（已发货，无需退货）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund %1 of %2; refunded lines cancelled</source>
        <translation>退款 %1，金额 %2；退款明细已取消</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+89"/>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Give a reason of 2 to 200 characters for refusing the refund.</source>
        <translation>请填写 2–200 个字的拒绝退款原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The refund&apos;s shop no longer exists.</source>
        <translation>退款所属店铺已不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform did not accept the refusal: %1</source>
        <translation>平台未接受拒绝退款：%1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The refund amount must be more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason (up to 200 characters) for the partial refund.</source>
        <translation>请填写部分退款的原因（最多 200 个字）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The refund got no id.</source>
        <translation>退款记录未获得编号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partial refund of %1: %2</source>
        <translation>部分退款 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Return order %1 does not exist.</source>
        <translation>退单 %1 不存在。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Return order %1 is not awaiting goods.</source>
        <translation>退单 %1 不在等待收货状态。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Goods of return order %1 received; %2 refunded</source>
        <translation>退单 %1 已收货入库；已退款 %2</translation>
    </message>
</context>
<context>
    <name>RefuseRefundDialog</name>
    <message>
        <location filename="../ui/refunddialogs.cpp" line="-101"/>
        <source>Refuse refund %1</source>
        <translation>拒绝退款 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is sent to the platform and shown to the buyer (2–200 characters):</source>
        <translation>拒绝原因将回传平台并展示给买家（2–200 个字）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a reason of at least 2 characters.</source>
        <translation>请填写至少 2 个字的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason is %1 characters long; at most 200 are allowed.</source>
        <translation>原因有 %1 个字，最多允许 200 个字。</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../ui/downloaddialog.cpp" line="+10"/>
        <source>Requests to the gateway</source>
        <translation>网关请求</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Single desk: this desk downloads and runs schedules itself; requests are for team mode.</source>
        <translation>单机模式：本机自己下载并执行计划任务；网关请求只用于团队模式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gateway is running on this database: requests run as soon as they are sent.</source>
        <translation>此数据库有运行中的网关：请求提交后立即执行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No gateway is running on this database: requests wait in the queue until one starts.</source>
        <translation>此数据库当前没有运行中的网关：请求会在队列中等待，直到网关启动。</translation>
    </message>
</context>
<context>
    <name>ReturnOrdersPage</name>
    <message>
        <location filename="../ui/orderpages.cpp" line="+133"/>
        <location line="+1"/>
        <source>Receive goods</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../ui/ruledialog.cpp" line="+22"/>
        <location line="+54"/>
        <source>Either</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit conversion rule</source>
        <translation>编辑转单规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New conversion rule</source>
        <translation>新建转单规则</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shown to staff in the Hold reason column, e.g. 大额订单，请核对</source>
        <translation>显示在“挂起原因”列，例如：大额订单，请核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then:</source>
        <translation>处理：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold reason:</source>
        <translation>挂起原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When every condition holds (empty = any)</source>
        <translation>同时满足以下条件时（留空 = 不限）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shops:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform statuses, e.g. WAIT_SELLER_SEND_GOODS</source>
        <translation>平台状态，例如 WAIT_SELLER_SEND_GOODS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status:</source>
        <translation>平台状态：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid online</source>
        <translation>在线已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buyer memo:</source>
        <translation>买家留言：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Has one</source>
        <translation>有</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Has none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller memo:</source>
        <translation>卖家备注：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a memo contains one of these words, e.g. 发票, 加急</source>
        <translation>留言或备注含其中任一词，例如：发票, 加急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo words:</source>
        <translation>留言关键词：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund:</source>
        <translation>退款：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A line is under refund</source>
        <translation>有商品在退款中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No open refund</source>
        <translation>无退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods mapping:</source>
        <translation>商品对应：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every line has a goods code</source>
        <translation>每行商品都有商品编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A line has no goods code</source>
        <translation>有商品没有商品编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid amount (yuan):</source>
        <translation>实付金额（元）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provinces or cities, e.g. 新疆, 西藏</source>
        <translation>省或市，例如：新疆, 西藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver region:</source>
        <translation>收货地区：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blacklist:</source>
        <translation>黑名单：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer or mobile on the blacklist</source>
        <translation>买家或手机号在黑名单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on the blacklist</source>
        <translation>不在黑名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete or a post-office box</source>
        <translation>不完整或为邮政信箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ordered between:</source>
        <translation>下单时段：</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The amount &quot;%1&quot; is not a sum of money like 199.00.</source>
        <translation>金额“%1”格式不对，应类似 199.00。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../core/rules/ruleapply.cpp" line="+244"/>
        <source>Converted automatically by rule &quot;%1&quot; (trade %2)</source>
        <translation>按规则“%1”自动转单（交易 %2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Held for review by rule &quot;%1&quot;: %2</source>
        <translation>按规则“%1”挂起待审：%2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The trade is not held.</source>
        <translation>该订单未被挂起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold released by %1</source>
        <translation>%1 取消了挂起</translation>
    </message>
    <message>
        <location filename="../core/rules/rules.cpp" line="+35"/>
        <source>Convert</source>
        <translation>转单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold for review</source>
        <translation>挂起待审</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave for staff</source>
        <translation>不处理（留给人工）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no %1.</source>
        <translation>地址缺少%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a post-office box; couriers do not deliver there.</source>
        <translation>地址是邮政信箱，快递不送达。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No rule matches.</source>
        <translation>没有匹配的规则。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The rule&apos;s condition &quot;%1&quot; cannot be read.</source>
        <translation>规则条件“%1”无法读取。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Give the rule a name.</source>
        <translation>请为规则命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule that holds trades needs a reason staff will read.</source>
        <translation>挂起订单的规则需要填写挂起原因，供客服查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest amount is above the highest.</source>
        <translation>最低金额高于最高金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times of day are written as HH:mm, e.g. 22:30.</source>
        <translation>时间请写成 时:分，例如 22:30。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n shop(s)</source>
        <translation>
            <numerusform>%n 个店铺</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid online</source>
        <translation>在线已付款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer memo</source>
        <translation>有买家留言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no buyer memo</source>
        <translation>无买家留言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seller memo</source>
        <translation>有卖家备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no seller memo</source>
        <translation>无卖家备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memo contains %1</source>
        <translation>留言/备注含 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open refund</source>
        <translation>有退款中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no open refund</source>
        <translation>无退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all goods mapped</source>
        <translation>商品均已对应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>goods not mapped</source>
        <translation>有商品未对应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid %1–%2</source>
        <translation>实付 %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to %1</source>
        <translation>收货地区 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer on the blacklist</source>
        <translation>买家在黑名单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>buyer not on the blacklist</source>
        <translation>买家不在黑名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address problem</source>
        <translation>地址有问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>address complete</source>
        <translation>地址完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ordered %1–%2</source>
        <translation>下单时间 %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every trade</source>
        <translation>所有订单</translation>
    </message>
    <message>
        <location filename="../core/rules/ruleservice.cpp" line="+53"/>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The new rule got no id.</source>
        <translation>新规则未获得编号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <location line="+18"/>
        <source>The rule no longer exists (deleted by someone else?).</source>
        <translation>该规则已不存在（可能已被他人删除）。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Conversion rule &quot;%1&quot; saved: %2 → %3</source>
        <translation>转单规则“%1”已保存：%2 → %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conversion rule #%1 deleted</source>
        <translation>转单规则 #%1 已删除</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conversion rule &quot;%1&quot; moved to place %2</source>
        <translation>转单规则“%1”移到第 %2 位</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic conversion switched on</source>
        <translation>自动转单已开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic conversion switched off</source>
        <translation>自动转单已关闭</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter a buyer nick or a mobile number.</source>
        <translation>请输入买家昵称或手机号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already on the blacklist.</source>
        <translation>%1 已在黑名单中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new blacklist entry got no id.</source>
        <translation>新的黑名单条目未获得编号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 added to the blacklist</source>
        <translation>%1 已加入黑名单</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The entry is no longer on the blacklist.</source>
        <translation>该条目已不在黑名单中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blacklist entry #%1 removed</source>
        <translation>黑名单条目 #%1 已移除</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../ui/rulespage.cpp" line="+57"/>
        <source>Conversion rules</source>
        <translation>转单策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules decide what happens to trades arriving in the pending pool: the first enabled rule whose conditions all hold converts the trade, holds it for review with a reason, or leaves it for staff. The active gateway (on a single desk: this desk&apos;s own services) applies them when trades arrive or change.</source>
        <translation>转单策略决定进入待转入订单的交易如何处理：按顺序第一条条件全部满足的启用规则，或自动转单，或挂起待审并注明原因，或留给人工处理。运行中的网关（单机模式下为本机服务）在订单到达或变更时执行这些规则。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Convert automatically by these rules</source>
        <translation>按以下规则自动转单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+239"/>
        <source>Then</source>
        <translation>处理</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Hold reason</source>
        <translation>挂起原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run…</source>
        <translation>试运行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to the pool now</source>
        <translation>立即应用于待转入订单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer nick / mobile</source>
        <translation>买家昵称 / 手机号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the rule &quot;%1&quot;?</source>
        <translation>删除规则“%1”？</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Add to the blacklist</source>
        <translation>加入黑名单</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Buyer nick or mobile number:</source>
        <translation>买家昵称或手机号：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (for colleagues):</source>
        <translation>原因（供同事查看）：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply the rules</source>
        <translation>应用转单策略</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply the enabled rules to every trade in the pending pool now?</source>
        <translation>现在对待转入订单中的全部交易应用已启用的规则？</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rule saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trying the rules on the pending pool…</source>
        <translation>正在对待转入订单试运行规则…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dry run: %1 would be converted, %2 held, %3 left for staff. Nothing was changed.</source>
        <translation>试运行：将转单 %1 条，挂起 %2 条，留给人工 %3 条。未做任何更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run of the conversion rules</source>
        <translation>转单策略试运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade ID</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Applying the rules to the pending pool…</source>
        <translation>正在对待转入订单应用规则…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules applied: %1 converted, %2 held, %3 left for staff.</source>
        <translation>规则已应用：转单 %1 条，挂起 %2 条，留给人工 %3 条。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conversion(s) failed; the reasons are in the pending pool&apos;s Last error column.</source>
        <translation>
            <numerusform>%n 条转单失败，原因见待转入订单的“最近错误”列。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only a supervisor or an administrator changes the conversion rules.</source>
        <translation>只有主管或管理员可以修改转单策略。</translation>
    </message>
</context>
<context>
    <name>SalesOrdersPage</name>
    <message>
        <location filename="../ui/orderpages.cpp" line="-116"/>
        <source>Details</source>
        <translation>详细</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Release</source>
        <translation>解挂</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship…</source>
        <translation>发货…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Cancel order</source>
        <translation>作废</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel %1 selected orders? This cannot be undone.</source>
        <translation>作废选中的 %1 个订单？此操作不可撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partial refund…</source>
        <translation>部分退款…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>订单日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print picking list</source>
        <translation>打印拣货单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print delivery note</source>
        <translation>打印发货单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order shipped.</source>
        <translation>订单已发货。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refund recorded.</source>
        <translation>退款已登记。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Picking list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery note</source>
        <translation>发货单</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="+16"/>
        <source>Orders (new and changed)</source>
        <translation>订单（新增与变更）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap fill (re-reads a longer window)</source>
        <translation>补漏（重新读取更长的时间段）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedules of %1</source>
        <translation>%1 的计划任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download</source>
        <translation>下载内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (minutes)</source>
        <translation>间隔（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look back (minutes)</source>
        <translation>回溯（分钟）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How far before the last covered time each run starts reading, to catch late changes.</source>
        <translation>每次运行从上次覆盖时间往前多久开始读取，以捕获延迟的变更。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gateway&apos;s scheduler uses the new plan from its next round.</source>
        <translation>网关调度器将在下一轮起使用新的计划。</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <location filename="../core/intake/scheduler.cpp" line="+56"/>
        <source>Another gateway runs the schedules; this one waits.</source>
        <translation>另一个网关正在执行计划任务，本网关等待中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule %1 no longer exists.</source>
        <translation>计划任务 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shop %1 no longer exists.</source>
        <translation>店铺 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop %1 pushes its orders; it has nothing to download.</source>
        <translation>店铺 %1 由平台推送订单，没有需要下载的内容。</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <location filename="../ui/syncpages.cpp" line="-122"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success (covered until)</source>
        <translation>最近成功（覆盖至）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behind</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>最近运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Per-shop health</source>
        <translation>各店铺同步状况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run now</source>
        <translation>立即执行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a shop in the health table first.</source>
        <translation>请先在状况表中选择店铺。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download started.</source>
        <translation>已开始下载。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download by query…</source>
        <translation>按条件下载…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests to the gateway…</source>
        <translation>网关请求…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="+15"/>
        <source>Secret &quot;%1&quot; was not found in %2.</source>
        <translation>在%2中找不到密钥“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret name was given.</source>
        <translation>未指定密钥名称。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The secrets file %1 does not exist.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets file %1 can be read or changed by other users; allow only its owner (chmod 600).</source>
        <translation>密钥文件 %1 可被其他用户读取或修改；请只允许所有者访问（chmod 600）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secrets file %1 is not a JSON object of name/value pairs.</source>
        <translation>密钥文件 %1 不是由名称/值组成的 JSON 对象。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore_keychain_linux.cpp" line="+34"/>
        <source>The system keychain could not give secret &quot;%1&quot;: %2</source>
        <translation>系统钥匙串无法提供密钥“%1”：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>no answer within 10 seconds</source>
        <translation>10 秒内无响应</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore_win.cpp" line="+18"/>
        <source>The Windows Credential Manager could not handle secret &quot;%1&quot; (error %2).</source>
        <translation>Windows 凭据管理器无法处理密钥“%1”（错误 %2）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings/settingsservice.cpp" line="+42"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must be an IPv4 address such as 0.0.0.0 (all interfaces) or 127.0.0.1.</source>
        <translation>地址必须是 IPv4 地址，例如 0.0.0.0（所有网卡）或 127.0.0.1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown reply format &quot;%1&quot;.</source>
        <translation>未知的回复格式“%1”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This desk has no secret store: the matrix token is kept on the gateway&apos;s machine.</source>
        <translation>本工作台没有密钥库：矩阵 Token 保存在网关所在电脑上。</translation>
    </message>
    <message>
        <location filename="../core/settings/shopservice.cpp" line="+21"/>
        <source>The shop no longer exists.</source>
        <translation>该店铺已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop code &quot;%1&quot; is already used.</source>
        <translation>店铺编码“%1”已被使用。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The shop code needs 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos; (it is part of the push address).</source>
        <translation>店铺编码需要 1 到 32 个字母、数字、“-”或“_”（它是推送地址的一部分）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop name needs 1 to 64 characters.</source>
        <translation>店铺名称需要 1 到 64 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A TOP shop needs its app key.</source>
        <translation>TOP 店铺需要填写 App Key。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TOP endpoint must be an http:// or https:// address, e.g. https://eco.taobao.com/router/rest.</source>
        <translation>TOP 接口地址必须是 http:// 或 https:// 地址，例如 https://eco.taobao.com/router/rest。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown push sign scheme &quot;%1&quot;.</source>
        <translation>未知的推送签名方式“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This desk has no secret store: credentials are kept on the gateway&apos;s machine.</source>
        <translation>本工作台没有密钥库：凭据保存在网关所在电脑上。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The shop was saved, but its credentials could not be stored: %1 Open the shop again and re-enter them.</source>
        <translation>店铺已保存，但其凭据未能保存：%1 请重新打开该店铺并再次填写凭据。</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Unknown schedule kind &quot;%1&quot;.</source>
        <translation>未知的计划任务类型“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interval must be 1 to 1440 minutes.</source>
        <translation>间隔必须为 1 到 1440 分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The look-back must be 0 to 43200 minutes (30 days).</source>
        <translation>回溯必须为 0 到 43200 分钟（30 天）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+39"/>
        <location line="+56"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One signed call to the other side…</source>
        <translation>正在向对方发送一次签名调用…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="+62"/>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL (team, shared by several desks)</source>
        <translation>PostgreSQL（团队版，多台电脑共用）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite (single desk)</source>
        <translation>SQLite（单机版）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret store:</source>
        <translation>密钥库：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shops</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint / sign scheme</source>
        <translation>接口地址 / 签名方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add shop…</source>
        <translation>添加店铺…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Schedules…</source>
        <translation>计划任务…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Disable shop</source>
        <translation>停用店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1? No orders will be downloaded or accepted for it until it is enabled again.</source>
        <translation>停用 %1？重新启用之前，将不再为该店铺下载或接收订单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Push receiver</source>
        <translation>推送接收</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CRM link</source>
        <translation>CRM 对接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events that could not be delivered are listed under Sync → CRM sync, where they can be retried.</source>
        <translation>发送失败的事件列在“同步 → CRM 同步”中，可在那里重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivate %1? The account can no longer log in; its history stays.</source>
        <translation>停用 %1？该账号将无法登录，其历史记录保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your own choice on this computer; it applies at the next start.</source>
        <translation>仅对您在本电脑上生效；下次启动时应用。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>on the gateway&apos;s machine (team mode)</source>
        <translation>在网关所在电脑上（团队模式）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shop was saved.</source>
        <translation>店铺已保存。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The schedules were saved.</source>
        <translation>计划任务已保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The push receiver settings were saved; they apply at the gateway&apos;s next start.</source>
        <translation>推送接收设置已保存，将在网关下次启动时生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CRM settings were saved and the CRM link restarted.</source>
        <translation>CRM 设置已保存，CRM 对接已重新启动。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user was saved.</source>
        <translation>用户已保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shop was enabled.</source>
        <translation>店铺已启用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The shop was disabled.</source>
        <translation>店铺已停用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user was activated.</source>
        <translation>用户已启用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user was deactivated.</source>
        <translation>用户已停用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language was saved; it applies at the next start.</source>
        <translation>语言已保存，将在下次启动时生效。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>push, %1</source>
        <translation>推送，%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>on the gateway</source>
        <translation>在网关上</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+8"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · listening on %2:%3 · reply %4. Changes apply at the gateway&apos;s next start.</source>
        <translation>%1 · 监听 %2:%3 · 回复 %4。修改将在网关下次启动时生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set up: sales orders are kept in the outbox until a matrix gateway is entered.</source>
        <translation>尚未设置：在填写矩阵网关之前，销售订单事件保留在发件箱中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix gateway %1 · app id %2 · CRM node %3 · token %4</source>
        <translation>矩阵网关 %1 · 应用 ID %2 · CRM 节点 %3 · Token %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../ui/shipdialog.cpp" line="+16"/>
        <source>Ship order %1</source>
        <translation>订单 %1 发货</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STO Express</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yunda Express</source>
        <translation>韵达快递</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deppon</source>
        <translation>德邦快递</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Express company:</source>
        <translation>快递公司：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking number:</source>
        <translation>快递单号：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the express company.</source>
        <translation>请选择快递公司。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the tracking number (6–40 letters or digits).</source>
        <translation>请输入快递单号（6–40 位字母或数字）。</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../ui/shopdialog.cpp" line="+21"/>
        <source>Edit shop %1</source>
        <translation>编辑店铺 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a shop</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. tmall01 (letters, digits, - and _)</source>
        <translation>例如 tmall01（字母、数字、- 和 _）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download and accept orders for this shop</source>
        <translation>为该店铺下载和接收订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop code:</source>
        <translation>店铺编码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop name:</source>
        <translation>店铺名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App key:</source>
        <translation>App Key：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP endpoint:</source>
        <translation>TOP 接口地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push sign scheme:</source>
        <translation>推送签名方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App secret:</source>
        <translation>App Secret：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP session:</source>
        <translation>TOP 授权 Session：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is part of the push address and the secret&apos;s name; it cannot change.</source>
        <translation>编码是推送地址和密钥名称的一部分，不能修改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team mode: the shop credentials are kept in the secret store on the gateway&apos;s machine, not on this desk. Enter them there.</source>
        <translation>团队模式：店铺凭据保存在网关所在电脑的密钥库中，而不是本工作台。请在那里填写。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to keep the stored value</source>
        <translation>留空则保留已保存的值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials are kept only in the system&apos;s secret store (%1), never in the database or the settings.</source>
        <translation>凭据只保存在系统密钥库（%1）中，绝不写入数据库或设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connection</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A pushing mall is not called: give it the push address and wait for its first order.</source>
        <translation>推送型商城无需主动调用：把推送地址填到商城后台，然后等待第一笔订单推送过来。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team mode: the shop&apos;s credentials are on the gateway&apos;s machine; test the shop there with orderdesk-gateway --check.</source>
        <translation>团队模式：店铺密钥保存在网关所在的电脑上，请在那台电脑上运行 orderdesk-gateway --check 测试连接。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected: the platform accepted the app key, the signature and the session.</source>
        <translation>连接正常：平台已接受 App Key、签名和授权会话。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter a shop code: 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>请填写店铺编码：1 到 32 个字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the shop name.</source>
        <translation>请填写店铺名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the app key of the TOP application.</source>
        <translation>请填写 TOP 应用的 App Key。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the TOP endpoint as an http:// or https:// address.</source>
        <translation>请以 http:// 或 https:// 地址填写 TOP 接口地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the app secret: it is needed to sign requests and check pushes.</source>
        <translation>请填写 App Secret：签名请求和校验推送都需要它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials must not start or end with spaces.</source>
        <translation>凭据的开头和结尾不能有空格。</translation>
    </message>
</context>
<context>
    <name>SkuImportDialog</name>
    <message>
        <location filename="../ui/skumappingimportdialog.cpp" line="-168"/>
        <source>Import goods mappings</source>
        <translation>导入商品对应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first row names the columns: %1. The other rows are mappings; nothing is written until you click Import.</source>
        <translation>第一行为列名：%1。其余每行是一条对应关系；点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shop for rows without one:</source>
        <translation>未填店铺的行归入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+79"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Export refused rows…</source>
        <translation>导出未导入的行…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export refused rows</source>
        <translation>导出未导入的行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-refused</source>
        <translation>-未导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has a header but no mappings under it.</source>
        <translation>文件只有表头，下面没有对应关系。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 row(s) read: %2 to import, %3 refused (shown in red, with the reason).</source>
        <translation>已读取 %1 行：%2 行待导入，%3 行不能导入（红色显示，附原因）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why refused</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused</source>
        <translation>未导入</translation>
    </message>
</context>
<context>
    <name>SkuImportModel</name>
    <message>
        <location line="-249"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>To import</source>
        <translation>待导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1</source>
        <translation>未导入：%1</translation>
    </message>
</context>
<context>
    <name>SkuMapping</name>
    <message>
        <location filename="../core/workflow/skumapping.cpp" line="+79"/>
        <source>A goods mapping needs the platform item id and our goods code.</source>
        <translation>商品对应需要平台商品编号和本方商品编码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform item id</source>
        <translation>平台商品编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform SKU id</source>
        <translation>平台 SKU 编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The shop no longer exists.</source>
        <translation>该店铺已不存在。</translation>
    </message>
</context>
<context>
    <name>SkuMappingDialog</name>
    <message>
        <location filename="../ui/skumappingdialog.cpp" line="+17"/>
        <source>Map goods</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines without a goods code cannot be converted. Enter our goods code for each:</source>
        <translation>没有商品编码的明细无法转单，请逐行填写本方商品编码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform item</source>
        <translation>平台商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform SKU</source>
        <translation>平台 SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our goods code</source>
        <translation>本方商品编码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This trade no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every line of this trade already has a goods code.</source>
        <translation>该订单所有明细都已有商品编码。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter at least one goods code.</source>
        <translation>请至少填写一个商品编码。</translation>
    </message>
</context>
<context>
    <name>SkuMappingEditDialog</name>
    <message>
        <location filename="../ui/skumappingspage.cpp" line="+25"/>
        <source>Edit goods mapping</source>
        <translation>编辑商品对应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add goods mapping</source>
        <translation>新增商品对应</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 600000000123</source>
        <translation>例如 600000000123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: every SKU of the item</source>
        <translation>留空：该商品的所有 SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>our goods code, e.g. TS-001-BK-XL</source>
        <translation>本系统商品编码，例如 TS-001-BK-XL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform item ID:</source>
        <translation>平台商品 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform SKU ID:</source>
        <translation>平台 SKU ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods code:</source>
        <translation>商品编码：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the shop.</source>
        <translation>请选择店铺。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the platform item ID.</source>
        <translation>请输入平台商品 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter our goods code.</source>
        <translation>请输入商品编码。</translation>
    </message>
</context>
<context>
    <name>SkuMappingImport</name>
    <message>
        <location filename="../core/workflow/skumappingimport.cpp" line="+95"/>
        <source>The file has no header row naming the columns. The first row should name them: %1.</source>
        <translation>文件没有列名行。第一行应写明各列：%1。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No platform item ID.</source>
        <translation>缺少平台商品ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No goods code.</source>
        <translation>缺少商品编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown shop “%1”.</source>
        <translation>没有店铺“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shop: add a shop column or choose the shop for rows without one.</source>
        <translation>未指定店铺：请在文件中加“店铺”列，或选择未填店铺的行归入哪个店铺。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate: row %1 maps the same item and SKU.</source>
        <translation>重复：第 %1 行已对应同一商品和SKU。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>店铺 (shop, optional), 平台商品ID (platform item ID), 平台SKU ID (optional), 商品编码 (our goods code, also 商家编码 / outer id)</source>
        <translation>店铺（可省略）、平台商品ID、平台SKU ID（可省略）、商品编码（也可写作 商家编码 / outer id）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 refused</source>
        <translation>新增 %1 条，更新 %2 条，无变化 %3 条，未导入 %4 条</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SkuMappingsPage</name>
    <message>
        <location filename="../ui/skumappingspage.cpp" line="+8"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This goods mapping no longer exists.</source>
        <translation>该商品对应已不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove goods mappings</source>
        <translation>删除商品对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import goods mappings</source>
        <translation>导入商品对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Excel 或 CSV (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Goods mapping saved.</source>
        <translation>商品对应已保存。</translation>
    </message>
</context>
<context>
    <name>StateLabels</name>
    <message>
        <location filename="../ui/statelabels.cpp" line="+19"/>
        <source>Awaiting payment</source>
        <translation>等待买家付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, awaiting shipment</source>
        <translation>已付款，待发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Finished</source>
        <translation>交易成功</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Closed</source>
        <translation>交易关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No payment created</source>
        <translation>未创建支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, shipping blocked</source>
        <translation>已付款，禁止发货</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting seller</source>
        <translation>等待卖家处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting return</source>
        <translation>等待买家退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods returned</source>
        <translation>买家已退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by seller</source>
        <translation>卖家已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund closed</source>
        <translation>退款关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Order download</source>
        <translation>订单下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap fill</source>
        <translation>补漏下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund download</source>
        <translation>退款下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail download</source>
        <translation>详情下载</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manual</source>
        <translation>手工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Converted to sales order</source>
        <translation>转销售单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade removed</source>
        <translation>移除订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade marked processed</source>
        <translation>订单标记已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order confirmed</source>
        <translation>审核订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order held</source>
        <translation>挂起订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order released</source>
        <translation>解挂订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order shipped</source>
        <translation>订单发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order cancelled</source>
        <translation>作废订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order completed</source>
        <translation>订单完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on the platform (cash on delivery)</source>
        <translation>平台已付款（货到付款）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings acknowledged</source>
        <translation>确认变更警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund converted</source>
        <translation>转退单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return order created</source>
        <translation>生成退货单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund refused</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund marked processed</source>
        <translation>退款标记已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods received</source>
        <translation>退货入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods mapping set</source>
        <translation>设置商品对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods mapping removed</source>
        <translation>删除商品对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User created</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator password reset on the machine</source>
        <translation>在本机重置管理员密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account enabled or disabled</source>
        <translation>启用/停用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name changed</source>
        <translation>修改姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop added</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop changed</source>
        <translation>修改店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop enabled or disabled</source>
        <translation>启用/停用店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules changed</source>
        <translation>修改计划任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push receiver settings changed</source>
        <translation>修改推送接收设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM settings changed</source>
        <translation>修改 CRM 设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trade</source>
        <translation>平台订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund request</source>
        <translation>退款申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods mapping</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Pushed order</source>
        <translation>推送订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM callback</source>
        <translation>CRM 回调</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../core/domain/states.cpp" line="+85"/>
        <source>Only an unconfirmed order can be confirmed.</source>
        <translation>只有未审核的订单才能审核。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>The order is on hold; release it first.</source>
        <translation>订单已挂起，请先解挂。</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>The order has an open refund request; settle it first.</source>
        <translation>订单有未处理的退款申请，请先处理。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Only an order that has not been shipped can be put on hold.</source>
        <translation>只有未发货的订单才能挂起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is already on hold.</source>
        <translation>订单已经挂起。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is not on hold.</source>
        <translation>订单未挂起。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a confirmed order can be shipped.</source>
        <translation>只有已审核的订单才能发货。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The order has been refunded in full.</source>
        <translation>订单已全额退款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an order that has not been shipped can be cancelled.</source>
        <translation>只有未发货的订单才能作废。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a shipped order can be completed.</source>
        <translation>只有已发货的订单才能完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is cancelled.</source>
        <translation>订单已作废。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing paid is left to refund on this order.</source>
        <translation>该订单已无可退金额。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This refund request has already been handled.</source>
        <translation>该退款申请已处理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trade has already been converted to a sales order.</source>
        <translation>该订单已转为销售单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trade has been marked as processed.</source>
        <translation>该订单已标记为已处理。</translation>
    </message>
    <message>
        <location filename="../core/domain/types.cpp" line="+20"/>
        <source>Taobao (TOP)</source>
        <translation>淘宝（TOP）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mall (push)</source>
        <translation>商城（推送）</translation>
    </message>
    <message>
        <location filename="../ui/statestrings.cpp" line="+7"/>
        <source>Viewing records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting a trade to a sales order</source>
        <translation>转销售单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing a trade</source>
        <translation>移除订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marking a record as processed</source>
        <translation>标记已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirming an order</source>
        <translation>审核订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping an order</source>
        <translation>订单发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holding or releasing an order</source>
        <translation>挂起或解挂订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusing a refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>作废订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting a refund request</source>
        <translation>转退单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving returned goods</source>
        <translation>退货收货入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing shops</source>
        <translation>管理店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the CRM settings</source>
        <translation>修改 CRM 设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying CRM events</source>
        <translation>重试 CRM 事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing the goods mapping</source>
        <translation>编辑商品对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is logged in; log in first.</source>
        <translation>尚未登录，请先登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs %2; you are logged in as %3 (%4). Ask a %5 to do it.</source>
        <translation>“%1”需要%2权限；您当前以 %3（%4）登录。请联系%5处理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least 6 characters.</source>
        <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
        <location filename="../core/domain/states.cpp" line="+52"/>
        <location line="+56"/>
        <location line="+26"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+56"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Converted</source>
        <translation>已转入</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+58"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Processed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location line="-50"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Unconfirmed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Confirmed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="-26"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="-46"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Not shipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Partly returned</source>
        <translation>部分退货</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Awaiting goods</source>
        <translation>等待收货</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Awaiting callback</source>
        <translation>等待回调</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>The trade is closed or cancelled on the platform.</source>
        <translation>该订单在平台上已关闭或取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trade is not paid and not cash on delivery.</source>
        <translation>该订单未付款，且不是货到付款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line &quot;%1&quot; is under refund (%2); settle the refund first.</source>
        <translation>明细“%1”正在退款（%2），请先处理退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trade has no goods lines.</source>
        <translation>该订单没有商品明细。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund request %1 no longer exists.</source>
        <translation>退款申请 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunding %1 would exceed what was paid on order %2: paid %3, already refunded %4, at most %5 left.</source>
        <translation>退款 %1 将超过订单 %2 的实付金额：实付 %3，已退 %4，最多还可退 %5。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../core/io/tablereader.cpp" line="+50"/>
        <location line="+79"/>
        <location filename="../core/io/xlsxreader.cpp" line="+260"/>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>This is not a text (CSV) file.</source>
        <translation>这不是文本（CSV）文件。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../core/io/xlsxreader.cpp" line="+41"/>
        <source>The sheet has more than %1 rows.</source>
        <translation>工作表超过 %1 行。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The CSV file ends inside a quoted cell (row %1).</source>
        <translation>CSV 文件在引号内的单元格中结束（第 %1 行），文件不完整。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv.</source>
        <translation>无法读取旧版 Excel 文件（.xls）：请另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="-281"/>
        <source>This is not a readable Excel (.xlsx) file: %1</source>
        <translation>无法读取此 Excel（.xlsx）文件：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file is too short.</source>
        <translation>文件太短。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no zip directory found (the file is damaged or not an .xlsx).</source>
        <translation>找不到压缩包目录（文件已损坏或不是 .xlsx）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zip64 archives are not supported.</source>
        <translation>不支持 zip64 压缩包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip directory lies outside the file.</source>
        <translation>压缩包目录超出了文件范围。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many parts in the file.</source>
        <translation>文件中的部件过多。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>the zip directory is damaged.</source>
        <translation>压缩包目录已损坏。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the part %1 is missing.</source>
        <translation>缺少部件 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is encrypted (protected with a password).</source>
        <translation>文件已加密（设有密码）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part %1 is damaged.</source>
        <translation>部件 %1 已损坏。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>the part %1 is cut off (the file is incomplete).</source>
        <translation>部件 %1 不完整（文件被截断）。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the part %1 uses an unsupported compression.</source>
        <translation>部件 %1 使用了不支持的压缩方式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Excel file unpacks to more than %1 MB; split it into smaller files.</source>
        <translation>该 Excel 文件解压后超过 %1 MB，请拆分成较小的文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the decompressor could not start.</source>
        <translation>解压程序无法启动。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the part %1 is damaged (it does not unpack).</source>
        <translation>部件 %1 已损坏（无法解压）。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 is not well-formed XML (%2).</source>
        <translation>%1 不是格式正确的 XML（%2）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the workbook has no sheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the workbook&apos;s first sheet is not in the file.</source>
        <translation>文件中找不到工作簿的第一个工作表。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a zip archive (an .xls from old Excel? Save it as .xlsx).</source>
        <translation>它不是 zip 压缩包（是旧版 Excel 的 .xls 吗？请另存为 .xlsx）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>too many shared strings.</source>
        <translation>共享字符串过多。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cell %1 refers to a missing shared string.</source>
        <translation>单元格 %1 引用了不存在的共享字符串。</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/domain/text.cpp" line="+14"/>
        <source>%1 contains characters that cannot be stored (a NUL character or broken Unicode).</source>
        <translation>%1 含有无法保存的字符（NUL 字符或损坏的 Unicode）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too long: %2 characters (at most %3).</source>
        <translation>%1 过长：%2 个字符（最多 %3 个）。</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../ui/timelinedialog.cpp" line="+15"/>
        <source>Timeline of order %1</source>
        <translation>订单 %1 的操作日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>TopClient</name>
    <message>
        <location filename="../core/platforms/top/topparse.cpp" line="+20"/>
        <source>The platform sent an invalid value for %1 %2: field %3 = &quot;%4&quot;.</source>
        <translation>平台返回的%1 %2 数据无效：字段 %3 = “%4”。</translation>
    </message>
    <message>
        <location filename="../core/platforms/top/topclient.cpp" line="+85"/>
        <source>The session token of shop %1 has expired or is invalid: authorise the shop again (%2).</source>
        <translation>店铺 %1 的授权已过期或无效，请重新授权（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform rejected the signature of shop %1: check the shop&apos;s app secret and sign method (%2).</source>
        <translation>平台拒绝了店铺 %1 的签名，请检查 App Secret 和签名方式（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform does not know the app key of shop %1: check the shop settings (%2).</source>
        <translation>平台不识别店铺 %1 的 App Key，请检查店铺设置（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused the request time of shop %1: set this computer&apos;s clock right (%2).</source>
        <translation>平台拒绝了店铺 %1 的请求时间，请校准本机时间（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform refused the request of shop %1: %2</source>
        <translation>平台拒绝了店铺 %1 的请求：%2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not reach the platform for shop %1: %2</source>
        <translation>无法连接店铺 %1 的平台：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>The platform sent an unreadable answer for shop %1.</source>
        <translation>平台对店铺 %1 的返回无法解析。</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>A memo flag is 0 to 5, not %1.</source>
        <translation>备注旗帜只能是 0 到 5，不能是 %1。</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+115"/>
        <source>The platform limits the calls of shop %1 for %2 seconds.</source>
        <translation>平台限制店铺 %1 的调用 %2 秒。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform had a temporary failure for shop %1: %2 %3</source>
        <translation>平台处理店铺 %1 的请求时临时出错：%2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform&apos;s answer for shop %1 lacks %2.</source>
        <translation>平台对店铺 %1 的返回缺少 %2。</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+25"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../core/platforms/top/topparse.cpp" line="+37"/>
        <location line="+20"/>
        <source>a trade</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>trade</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>a refund</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location filename="../core/platforms/top/topclient.cpp" line="+240"/>
        <source>The platform sent no trade %1 for shop %2.</source>
        <translation>平台未返回店铺 %2 的订单 %1。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The platform sent no refund %1 for shop %2.</source>
        <translation>平台未返回店铺 %2 的退款单 %1。</translation>
    </message>
</context>
<context>
    <name>TopPlatform</name>
    <message>
        <location filename="../core/platforms/top/topplatform.cpp" line="+30"/>
        <source>Shop %1 has no TOP gateway address.</source>
        <translation>店铺 %1 未设置 TOP 网关地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sign method &quot;%1&quot; for shop %2.</source>
        <translation>店铺 %2 的签名方式“%1”无法识别。</translation>
    </message>
</context>
<context>
    <name>TradeDetailDialog</name>
    <message>
        <location filename="../ui/tradedetaildialog.cpp" line="+32"/>
        <source>Trade details</source>
        <translation>订单详细</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>买家：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver:</source>
        <translation>收货人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shipment:</source>
        <translation>发货：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line ID</source>
        <translation>子订单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merchant code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw payload</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This trade no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚠ Held by a conversion rule: %1</source>
        <translation>⚠ 被转单策略挂起：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ The mobile %1 is on the blacklist (%2).</source>
        <translation>⚠ 手机号 %1 在黑名单上（%2）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ The buyer %1 is on the blacklist (%2).</source>
        <translation>⚠ 买家 %1 在黑名单上（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no note</source>
        <translation>无备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full reduction</source>
        <translation>满减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price change by the shop</source>
        <translation>商家改价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trade details — %1</source>
        <translation>订单详细 — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paid %1</source>
        <translation> · 付款于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · cash on delivery</source>
        <translation> · 货到付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · closed</source>
        <translation> · 已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · created %3 · modified %4%5</source>
        <translation>%1 · %2 · 创建 %3 · 修改 %4%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2, %3 %4 %5 %6</source>
        <translation>%1 %2，%3%4%5 %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods %1 + freight %2 − discount %3 = paid %4</source>
        <translation>商品 %1 + 运费 %2 − 优惠 %3 = 实付 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 +%2 (markup)</source>
        <translation>%1 +%2（加价）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount: %1</source>
        <translation>优惠：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The platform&apos;s amounts do not add up: goods − discount + freight differs from the paid amount by %1. The trade is kept as the platform sent it.</source>
        <translation>⚠ 平台金额对不上：商品 − 优惠 + 运费 与实付相差 %1。订单按平台原样保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not shipped by the platform)</source>
        <translation>（平台未发货）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped by the platform: %1 %2 at %3</source>
        <translation>平台已发货：%1 %2，时间 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buyer: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller: %1</source>
        <translation>卖家：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Trades</name>
    <message>
        <location filename="../core/storage/traderepository.cpp" line="+17"/>
        <source>Trade %1 no longer exists (removed by someone else?).</source>
        <translation>订单 %1 已不存在（可能已被他人移除）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/tradeactions.cpp" line="+50"/>
        <source>Trade %1 of %2 removed from the pending pool; the next download brings it back.</source>
        <translation>已从待转入订单中移除 %2 的订单 %1；下次下载会重新取回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade %1 of %2 marked processed; it will not be downloaded again.</source>
        <translation>%2 的订单 %1 已标记为已处理，以后不再下载。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/userdialog.cpp" line="+15"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the role of %1</source>
        <translation>修改 %1 的角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least 6 characters. Tell the user in person; it is never shown again.</source>
        <translation>至少 6 个字符。请当面告知用户；密码不会再次显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password must have at least 6 characters.</source>
        <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a login.</source>
        <translation>请填写登录名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login must not contain spaces.</source>
        <translation>登录名不能包含空格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a different role.</source>
        <translation>请选择一个不同的角色。</translation>
    </message>
</context>
<context>
    <name>WriteBack</name>
    <message>
        <location filename="../core/workflow/platformwriteback.cpp" line="+18"/>
        <location line="+12"/>
        <source>Recorded locally (no write-back for this platform).</source>
        <translation>已在本地记录（该平台不支持回传）。</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaywriteback.cpp" line="-70"/>
        <source>the shipment of %1</source>
        <translation>订单 %1 的发货信息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the refusal of refund %1</source>
        <translation>退款 %1 的拒绝</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In team mode only the gateway reaches the platform, and no gateway is running: %1 was not sent and nothing was changed. Start the gateway and try again.</source>
        <translation>多人模式下只有网关能连接平台，而现在没有网关在运行：%1未发送，本机也未做任何更改。请启动网关后重试。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The gateway did not answer within %1 seconds, so nothing was changed here. See request %2 under gateway requests: if it ends done, the platform has %3 and this desk should mark it the same.</source>
        <translation>网关在 %1 秒内没有回复，本机未做任何更改。请在“网关请求”中查看请求 %2：若它最终完成，说明平台已收到%3，本机需照此再操作一次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shop no longer exists.</source>
        <translation>该店铺已不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The refund request no longer exists.</source>
        <translation>该退款申请已不存在。</translation>
    </message>
</context>
<context>
    <name>firstrun::AdminPage</name>
    <message>
        <location filename="../ui/firstrunwizard.cpp" line="-187"/>
        <source>Welcome to OrderDesk</source>
        <translation>欢迎使用订单工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no users yet. Create the administrator: the account that adds shops, staff and the CRM link.</source>
        <translation>这个数据库还没有任何用户。请先创建管理员账号：由它来添加店铺、员工和 CRM 连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Login:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>密码强度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 6 characters; longer, with digits and capitals, is better. Write the login down: a forgotten password is reset by another administrator, or on this computer with orderdesk-gateway --reset-password.</source>
        <translation>至少 6 个字符；越长越好，最好包含数字和大写字母。请记好账号：忘记密码时由其他管理员重置，或在本机运行 orderdesk-gateway --reset-password 重置。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a login.</source>
        <translation>请输入账号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the administrator…</source>
        <translation>正在创建管理员…</translation>
    </message>
</context>
<context>
    <name>firstrun::CrmPage</name>
    <message>
        <location filename="../ui/firstrunpages.cpp" line="+131"/>
        <source>The CRM link</source>
        <translation>CRM 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change of a sales order goes to the company&apos;s CRM through the ShopEx matrix. Leave the gateway address empty and press Next to skip.</source>
        <translation>销售订单的每次变化都会通过 ShopEx 矩阵同步到公司的 CRM。不填网关地址直接点“下一步”即可跳过。</translation>
    </message>
</context>
<context>
    <name>firstrun::DonePage</name>
    <message>
        <location filename="../ui/firstrunwizard.cpp" line="+22"/>
        <source>Ready</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything skipped can be done later in Settings.</source>
        <translation>跳过的步骤以后可以在“设置”中完成。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No shop yet: add one in Settings → Shops.</source>
        <translation>还没有店铺：请在 设置 → 店铺 中添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop %1 (%2): %3</source>
        <translation>店铺 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloaded orders arrive in %1 and, with their details, in %2.</source>
        <translation>下载的订单先进入“%1”，取得明细后进入“%2”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed orders arrive in %1.</source>
        <translation>推送来的订单进入“%1”。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the mall %1 this address and app key:</source>
        <translation>请把以下地址和 app_key 填到商城“%1”的后台：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none set)</source>
        <translation>（未设置）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s) received.</source>
        <translation>
            <numerusform>已收到 %n 笔订单。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mall reaches us, but its pushes were refused: %1</source>
        <translation>商城已连到本机，但推送被拒收：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the first push.</source>
        <translation>正在等待第一笔推送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the firewall allow incoming connections on port %1 (Windows asks at the first start); a mall outside this network needs a port forward or an HTTPS proxy.</source>
        <translation>请在防火墙中允许端口 %1 的入站连接（Windows 会在第一次启动时询问）；不在本局域网的商城需要通过路由器端口转发或 HTTPS 代理才能访问。</translation>
    </message>
</context>
<context>
    <name>firstrun::ReceiverPage</name>
    <message>
        <location filename="../ui/firstrunpages.cpp" line="-28"/>
        <source>Receiving pushed orders</source>
        <translation>接收推送订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this computer listens for orders that a mall pushes. Without a pushing mall the defaults are fine.</source>
        <translation>本机在哪个地址和端口接收商城推送的订单。没有推送型商城时保持默认即可。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Firewall: allow incoming connections to OrderDesk on this port (Windows asks the first time it listens). A mall on the internet reaches this computer only through a port forward on the router or, better, an HTTPS reverse proxy.</source>
        <translation>防火墙：请允许订单工作台在此端口接收入站连接（第一次监听时 Windows 会询问）。互联网上的商城只能通过路由器端口转发，或者更稳妥的 HTTPS 反向代理访问本机。</translation>
    </message>
</context>
<context>
    <name>firstrun::SchedulePage</name>
    <message>
        <location line="+54"/>
        <source>Download schedule</source>
        <translation>下载计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often each Taobao/Tmall shop is asked for new and changed orders. The first run reads back as far as its look-back (three days here).</source>
        <translation>多久向淘宝/天猫店铺查询一次新增和变化的订单。第一次运行会往前读取“回溯”时长（这里是三天）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No shop to download from: pushing malls need no schedule.</source>
        <translation>没有需要下载的店铺：推送型商城不需要计划任务。</translation>
    </message>
</context>
<context>
    <name>firstrun::ShopPage</name>
    <message>
        <location line="-138"/>
        <source>The first shop</source>
        <translation>第一个店铺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Taobao/Tmall shop (TOP) is downloaded from the platform; a WeChat mall pushes its orders to us. Leave the code empty and press Next to skip.</source>
        <translation>淘宝/天猫店铺（TOP）的订单由本系统从平台下载；微信商城则把订单推送给我们。不填店铺编码直接点“下一步”即可跳过。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and add another shop</source>
        <translation>保存并继续添加店铺</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/appoptions.cpp" line="+9"/>
        <source>OrderDesk order management</source>
        <translation>订单工作台 订单管理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with simulated platforms and CRM on loopback and a fresh database.</source>
        <translation>使用本机模拟的平台和 CRM 以及全新数据库启动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: an SQLite file path or a PostgreSQL connection string.</source>
        <translation>数据库：SQLite 文件路径或 PostgreSQL 连接串。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a screenshot of every page to this folder and quit.</source>
        <translation>将每个页面的截图保存到该文件夹后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit on its own after this many seconds (for unattended demo runs).</source>
        <translation>运行指定秒数后自动退出（用于无人值守的演示运行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the SQL drivers, the database and the translations, print a report and quit.</source>
        <translation>检查 SQL 驱动、数据库和翻译，输出报告后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the self-check report to this file.</source>
        <translation>同时将自检报告写入此文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--quit-after needs a number of seconds greater than 0.</source>
        <translation>--quit-after 需要一个大于 0 的秒数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
</context>
</TS>
