<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionPolicy</name>
    <message>
        <location filename="../ui/actionpolicy.cpp" line="+72"/>
        <source>The trade has no sales order yet; convert it to a sales order first.</source>
        <translation>The trade has no sales order yet; convert it to a sales order first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The trade is not held by a conversion rule.</source>
        <translation>The trade is not held by a conversion rule.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a return order awaiting goods can be received.</source>
        <translation>Only a return order awaiting goods can be received.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only failed events can be retried.</source>
        <translation>Only failed events can be retried.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>This list has no such action.</source>
        <translation>This list has no such action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role is not allowed to do this.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a row first.</source>
        <translation>Select a row first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select exactly one row.</source>
        <translation>Select exactly one row.</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <location filename="../core/auth/session.cpp" line="+22"/>
        <source>Viewing records</source>
        <translation>Viewing records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converting a trade to a sales order</source>
        <translation>Converting a trade to a sales order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing a trade</source>
        <translation>Removing a trade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking a record as processed</source>
        <translation>Marking a record as processed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirming an order</source>
        <translation>Confirming an order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping an order</source>
        <translation>Shipping an order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holding or releasing an order</source>
        <translation>Holding or releasing an order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing a refund</source>
        <translation>Refusing a refund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial refund</source>
        <translation>A partial refund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelling an order</source>
        <translation>Cancelling an order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converting a refund request</source>
        <translation>Converting a refund request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving returned goods</source>
        <translation>Receiving returned goods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managing shops</source>
        <translation>Managing shops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managing users</source>
        <translation>Managing users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the CRM settings</source>
        <translation>Changing the CRM settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying CRM events</source>
        <translation>Retrying CRM events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing the goods mapping</source>
        <translation>Editing the goods mapping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the conversion rules and the blacklist</source>
        <translation>Changing the conversion rules and the blacklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeing buyers&apos; whole mobile numbers</source>
        <translation>Seeing buyers&apos; whole mobile numbers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is logged in; log in first.</source>
        <translation>Nobody is logged in; log in first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an administrator</source>
        <translation>an administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a supervisor</source>
        <translation>a supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2; you are logged in as %3 (%4). Ask a %5 to do it.</source>
        <translation>%1 needs %2; you are logged in as %3 (%4). Ask a %5 to do it.</translation>
    </message>
    <message>
        <location filename="../core/auth/userservice.cpp" line="+23"/>
        <source>The password</source>
        <translation>The password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password must have at least 6 characters.</source>
        <translation>The password must have at least 6 characters.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is the last administrator; make someone else an administrator first.</source>
        <translation>&quot;%1&quot; is the last administrator; make someone else an administrator first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A login needs 1 to 64 characters.</source>
        <translation>A login needs 1 to 64 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login</source>
        <translation>The login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The display name</source>
        <translation>The display name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first user must be an administrator.</source>
        <translation>The first user must be an administrator.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>The login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new user got no id.</source>
        <translation>The new user got no id.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account has been disabled.</source>
        <translation>This account has been disabled.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has an unknown role &quot;%1&quot;.</source>
        <translation>The account has an unknown role &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+41"/>
        <location line="+16"/>
        <location line="+31"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>There is no user &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A display name has at most 64 characters.</source>
        <translation>A display name has at most 64 characters.</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../ui/backend.cpp" line="+69"/>
        <source>Order details are downloaded by the gateway in team mode (shared database), not by this desk. The gateway fetches pending orders on its schedule; ask whoever runs it if they stay pending.</source>
        <translation>Order details are downloaded by the gateway in team mode (shared database), not by this desk. The gateway fetches pending orders on its schedule; ask whoever runs it if they stay pending.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This order is no longer waiting for download (downloaded or removed meanwhile).</source>
        <translation>This order is no longer waiting for download (downloaded or removed meanwhile).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The platform did not return order %1.</source>
        <translation>The platform did not return order %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not processed.</source>
        <translation>Not processed.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This CRM event no longer exists.</source>
        <translation>This CRM event no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only failed events can be retried; this one is %1.</source>
        <translation>Only failed events can be retried; this one is %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Download schedules run on the gateway in team mode (shared database), not on this desk. Start the run on the gateway, or wait for its next scheduled run.</source>
        <translation>Download schedules run on the gateway in team mode (shared database), not on this desk. Start the run on the gateway, or wait for its next scheduled run.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This exception record no longer exists.</source>
        <translation>This exception record no longer exists.</translation>
    </message>
    <message>
        <location filename="../ui/backendrequests.cpp" line="+22"/>
        <source>In team mode the gateway downloads: send the download as a request.</source>
        <translation>In team mode the gateway downloads: send the download as a request.</translation>
    </message>
    <message>
        <location filename="../ui/backendrecords.cpp" line="+38"/>
        <source>This refund request no longer exists.</source>
        <translation>This refund request no longer exists.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This goods mapping no longer exists.</source>
        <translation>This goods mapping no longer exists.</translation>
    </message>
</context>
<context>
    <name>BackgroundBatch</name>
    <message>
        <location filename="../ui/backgroundbatch.cpp" line="+93"/>
        <source>Not processed.</source>
        <translation>Not processed.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../ui/batchdialog.cpp" line="+24"/>
        <location line="+84"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling… the item in progress is finished first.</source>
        <translation>Cancelling… the item in progress is finished first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>results.xlsx</source>
        <translation>results.xlsx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 done: %3 succeeded, %4 failed</source>
        <translation>%1 of %2 done: %3 succeeded, %4 failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: %1 succeeded, %2 failed, %3 not started</source>
        <translation>Cancelled: %1 succeeded, %2 failed, %3 not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1 succeeded, %2 failed</source>
        <translation>Finished: %1 succeeded, %2 failed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting %1 items…</source>
        <translation>Starting %1 items…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>ColumnSettings</name>
    <message>
        <location filename="../ui/columnsettings.cpp" line="+68"/>
        <source>Restore default columns</source>
        <translation>Restore default columns</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../core/setup/connectiontest.cpp" line="+29"/>
        <source>A pushing mall is not called: give it the push address and wait for its first order.</source>
        <translation>A pushing mall is not called: give it the push address and wait for its first order.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the TOP endpoint and the app key first.</source>
        <translation>Enter the TOP endpoint and the app key first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the app secret and the session key first: the test call is signed with them.</source>
        <translation>Enter the app secret and the session key first: the test call is signed with them.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the matrix gateway as an http:// or https:// address.</source>
        <translation>Enter the matrix gateway as an http:// or https:// address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the matrix token first: the test call is signed with it.</source>
        <translation>Enter the matrix token first: the test call is signed with it.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not reach the CRM&apos;s matrix gateway at %1: %2</source>
        <translation>Could not reach the CRM&apos;s matrix gateway at %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The matrix gateway answered HTTP %1: check the address (it usually ends in /api).</source>
        <translation>The matrix gateway answered HTTP %1: check the address (it usually ends in /api).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address answers, but not like a ShopEx matrix gateway: check the address.</source>
        <translation>The address answers, but not like a ShopEx matrix gateway: check the address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM refused the signature: the matrix token is wrong, or the certificate / node ids do not belong to it (%1).</source>
        <translation>The CRM refused the signature: the matrix token is wrong, or the certificate / node ids do not belong to it (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM is busy right now (4007): try the test again in a minute.</source>
        <translation>The CRM is busy right now (4007): try the test again in a minute.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The shop is not stored yet.</source>
        <translation>The shop is not stored yet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>shop %1 (%2)</source>
        <translation>shop %1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CRM link %1</source>
        <translation>CRM link %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: no CRM link configured; events stay in the outbox.</source>
        <translation>note: no CRM link configured; events stay in the outbox.</translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message>
        <location filename="../core/domain/convertibility.cpp" line="+30"/>
        <source>The trade was deleted on the platform.</source>
        <translation>The trade was deleted on the platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trade is closed or cancelled on the platform.</source>
        <translation>The trade is closed or cancelled on the platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trade is not paid and not cash on delivery.</source>
        <translation>The trade is not paid and not cash on delivery.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line &quot;%1&quot; is under refund (%2); settle the refund first.</source>
        <translation>The line &quot;%1&quot; is under refund (%2); settle the refund first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trade has no goods lines.</source>
        <translation>The trade has no goods lines.</translation>
    </message>
    <message>
        <location filename="../core/workflow/conversionchunk.cpp" line="+75"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+38"/>
        <source>Trade %1 no longer exists (removed by someone else?).</source>
        <translation>Trade %1 no longer exists (removed by someone else?).</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+11"/>
        <source>The line &quot;%1&quot; (platform item %2, sku %3) has no goods code; add it under goods mapping.</source>
        <translation>The line &quot;%1&quot; (platform item %2, sku %3) has no goods code; add it under goods mapping.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+20"/>
        <location line="+41"/>
        <source>The trade has already been converted to a sales order.</source>
        <translation>The trade has already been converted to a sales order.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+4"/>
        <source>The new sales order got no id.</source>
        <translation>The new sales order got no id.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../core/workflow/conversionservice.cpp" line="+37"/>
        <source>Trade %1 converted to sales order %2</source>
        <translation>Trade %1 converted to sales order %2</translation>
    </message>
</context>
<context>
    <name>Crm</name>
    <message>
        <location filename="../core/crm/crmmapping.cpp" line="+44"/>
        <source>The CRM event&apos;s order snapshot is invalid: %1</source>
        <translation>The CRM event&apos;s order snapshot is invalid: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>&quot;%1&quot; is not an http:// or https:// address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The matrix gateway address and the app id are required.</source>
        <translation>The matrix gateway address and the app id are required.</translation>
    </message>
    <message>
        <location filename="../core/crm/crmstore.cpp" line="+178"/>
        <source>You are not allowed to retry CRM synchronisation.</source>
        <translation>You are not allowed to retry CRM synchronisation.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sales order %1 does not exist.</source>
        <translation>Sales order %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>CrmPage</name>
    <message>
        <location filename="../ui/syncpages.cpp" line="+117"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry CRM events</source>
        <translation>Retry CRM events</translation>
    </message>
</context>
<context>
    <name>CrmSettingsDialog</name>
    <message>
        <location filename="../ui/crmsettingsdialog.cpp" line="+21"/>
        <source>CRM link</source>
        <translation>CRM link</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Matrix gateway address:</source>
        <translation>Matrix gateway address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App id:</source>
        <translation>App id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate id:</source>
        <translation>Certificate id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our node id:</source>
        <translation>Our node id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM node id:</source>
        <translation>CRM node id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback base address:</source>
        <translation>Callback base address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol version:</source>
        <translation>Protocol version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix token:</source>
        <translation>Matrix token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to keep the stored token</source>
        <translation>Leave empty to keep the stored token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is kept only in the system&apos;s secret store, never in the database. The CRM link restarts with the new settings when you save.</source>
        <translation>The token is kept only in the system&apos;s secret store, never in the database. The CRM link restarts with the new settings when you save.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team mode: the matrix token is kept in the secret store on the gateway&apos;s machine; enter it there.</source>
        <translation>Team mode: the matrix token is kept in the secret store on the gateway&apos;s machine; enter it there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team mode: the token is on the gateway&apos;s machine; test the link there with orderdesk-gateway --check.</source>
        <translation>Team mode: the token is on the gateway&apos;s machine; test the link there with orderdesk-gateway --check.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the CRM accepted the signature.</source>
        <translation>Connected: the CRM accepted the signature.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the matrix gateway as an http:// or https:// address.</source>
        <translation>Enter the matrix gateway as an http:// or https:// address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the app id (usually ecos.ome).</source>
        <translation>Enter the app id (usually ecos.ome).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The callback base must be an http:// or https:// address, or empty.</source>
        <translation>The callback base must be an http:// or https:// address, or empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the protocol version (usually 1).</source>
        <translation>Enter the protocol version (usually 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token must not start or end with spaces.</source>
        <translation>The token must not start or end with spaces.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+321"/>
        <source>Schema step %1 (%2) failed: %3
%4</source>
        <translation>Schema step %1 (%2) failed: %3
%4</translation>
    </message>
    <message>
        <location filename="../core/storage/sql.cpp" line="+26"/>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+108"/>
        <source>No database given.</source>
        <translation>No database given.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the PostgreSQL address &quot;%1&quot;.</source>
        <translation>Cannot read the PostgreSQL address &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the PostgreSQL setting &quot;%1&quot;.</source>
        <translation>Cannot read the PostgreSQL setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../sim/demo/demoenvironment.cpp" line="+81"/>
        <source>The demo shops are missing: seed the demo database first.</source>
        <translation>The demo shops are missing: seed the demo database first.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The TOP simulator could not listen on 127.0.0.1.</source>
        <translation>The TOP simulator could not listen on 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CRM simulator could not listen on 127.0.0.1.</source>
        <translation>The CRM simulator could not listen on 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>DeskRequests</name>
    <message>
        <location filename="../core/gateway/deskrequests.cpp" line="+69"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run schedules now</source>
        <translation>Run schedules now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send CRM events again</source>
        <translation>Send CRM events again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write back to the platform</source>
        <translation>Write back to the platform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/gateway/gatewaywriteback.cpp" line="+109"/>
        <source>The request&apos;s parameters are unreadable.</source>
        <translation>The request&apos;s parameters are unreadable.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the shop to download from.</source>
        <translation>Choose the shop to download from.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a trade number (trade numbers are digits).</source>
        <translation>&quot;%1&quot; is not a trade number (trade numbers are digits).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a time range or paste trade numbers.</source>
        <translation>Give a time range or paste trade numbers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end of the range is before its start.</source>
        <translation>The end of the range is before its start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform keeps orders for three months: start the range later.</source>
        <translation>The platform keeps orders for three months: start the range later.</translation>
    </message>
    <message>
        <location filename="../core/gateway/requestrunner.cpp" line="+24"/>
        <source>%1 found: %2 new, %3 updated, %4 refused.</source>
        <translation>%1 found: %2 new, %3 updated, %4 refused.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This shop has no enabled schedule.</source>
        <translation>This shop has no enabled schedule.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway&apos;s CRM link sends the events again now.</source>
        <translation>The gateway&apos;s CRM link sends the events again now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown request.</source>
        <translation>Unknown request.</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../ui/downloaddialog.cpp" line="+36"/>
        <source>Download orders</source>
        <translation>Download orders</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste trade numbers here, one per line, to download exactly those (the range is then not used).</source>
        <translation>Paste trade numbers here, one per line, to download exactly those (the range is then not used).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trade status:</source>
        <translation>Trade status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified from:</source>
        <translation>Modified from:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified to:</source>
        <translation>Modified to:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trade numbers:</source>
        <translation>Trade numbers:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start download</source>
        <translation>Start download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping after the current page…</source>
        <translation>Stopping after the current page…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No Taobao/Tmall shop to download from: add one in Settings → Shops. Pushing malls send their orders themselves.</source>
        <translation>No Taobao/Tmall shop to download from: add one in Settings → Shops. Pushing malls send their orders themselves.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading… %1</source>
        <translation>Downloading… %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending the request to the gateway…</source>
        <translation>Sending the request to the gateway…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No gateway is running on this database: the request waits in the queue and runs when a gateway starts (orderdesk-gateway on the team&apos;s server).</source>
        <translation>No gateway is running on this database: the request waits in the queue and runs when a gateway starts (orderdesk-gateway on the team&apos;s server).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Request #%1: %2</source>
        <translation>Request #%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gateway %1</source>
        <translation>gateway %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not finished.</source>
        <translation>Not finished.</translation>
    </message>
</context>
<context>
    <name>DownloadService</name>
    <message>
        <location filename="../core/intake/downloadservice.cpp" line="+62"/>
        <source>Shop %1 cannot be downloaded from.</source>
        <translation>Shop %1 cannot be downloaded from.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Stopped on request; what was downloaded so far is kept.</source>
        <translation>Stopped on request; what was downloaded so far is kept.</translation>
    </message>
    <message>
        <location line="+222"/>
        <location line="+18"/>
        <location filename="../core/intake/refundintake.cpp" line="+89"/>
        <source>The time range %1 – %2 is not valid.</source>
        <translation>The time range %1 – %2 is not valid.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The platform of shop %1 cannot list trades by creation time.</source>
        <translation>The platform of shop %1 cannot list trades by creation time.</translation>
    </message>
    <message>
        <location filename="../core/intake/refundintake.cpp" line="-4"/>
        <source>The platform of shop %1 has no refunds to download.</source>
        <translation>The platform of shop %1 has no refunds to download.</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <location filename="../ui/syncpages.cpp" line="+5"/>
        <source>View raw body</source>
        <translation>View raw body</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Raw body</source>
        <translation>Raw body</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused because: %1</source>
        <translation>Refused because: %1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../ui/exporter.cpp" line="+50"/>
        <source>Could not write the Excel file: %1</source>
        <translation>Could not write the Excel file: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>Could not create the Excel file %1.</source>
        <translation>Could not create the Excel file %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+28"/>
        <source>All shops</source>
        <translation>All shops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held only</source>
        <translation>Held only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trades a conversion rule held for review (see the Hold reason column)</source>
        <translation>Trades a conversion rule held for review (see the Hold reason column)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 days</source>
        <translation>Last 3 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No text search on this list</source>
        <translation>No text search on this list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search trade ID, buyer, receiver, mobile, goods code… (Ctrl+F)</source>
        <translation>Search trade ID, buyer, receiver, mobile, goods code… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time: %1 – %2</source>
        <translation>Time: %1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: &quot;%1&quot;</source>
        <translation>Search: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held only</source>
        <translation>held only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no filter: the whole list</source>
        <translation>no filter: the whole list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the parts of a filter description</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../ui/firstrunwizard.cpp" line="+51"/>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location line="+216"/>
        <source>OrderDesk — first start</source>
        <translation>OrderDesk — first start</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <location filename="../core/gateway/gatewayconfig.cpp" line="+21"/>
        <source>Configuration field &quot;%1&quot;: %2</source>
        <translation>Configuration field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configuration field &quot;%1&quot;: secrets never go in the configuration; name the secret with secret_ref and keep it in the keychain, a secrets file or the environment.</source>
        <translation>Configuration field &quot;%1&quot;: secrets never go in the configuration; name the secret with secret_ref and keep it in the keychain, a secrets file or the environment.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+29"/>
        <location line="+60"/>
        <location line="+34"/>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>required: the name of the matrix token in the secret store</source>
        <translation>required: the name of the matrix token in the secret store</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>expected one of %1</source>
        <translation>expected one of %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The configuration is not a JSON object.</source>
        <translation>The configuration is not a JSON object.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>expected a list</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+34"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>expected &quot;top&quot; or &quot;mall&quot;</source>
        <translation>expected &quot;top&quot; or &quot;mall&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown scheme (known: %1)</source>
        <translation>unknown scheme (known: %1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot read the configuration %1: %2</source>
        <translation>Cannot read the configuration %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shop &quot;%1&quot;: %2</source>
        <translation>Shop &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown shop &quot;%1&quot;</source>
        <translation>unknown shop &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaylock.cpp" line="+71"/>
        <source>The connection that holds the gateway lock was lost.</source>
        <translation>The connection that holds the gateway lock was lost.</translation>
    </message>
    <message>
        <location filename="../app/gateway/main.cpp" line="+102"/>
        <source>Give the secret&apos;s name (secret_ref) and its value.</source>
        <translation>Give the secret&apos;s name (secret_ref) and its value.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret %1 stored (%2).</source>
        <translation>Secret %1 stored (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The password of %1 was reset; the account is an active administrator. The audit log records it.</source>
        <translation>The password of %1 was reset; the account is an active administrator. The audit log records it.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>OrderDesk gateway: receives pushed orders and runs scheduled downloads.</source>
        <translation>OrderDesk gateway: receives pushed orders and runs scheduled downloads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>SQLite file or postgresql:// URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration JSON: stored in the database, then used for this run.</source>
        <translation>Configuration JSON: stored in the database, then used for this run.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the configuration JSON in the database and exit.</source>
        <translation>Store the configuration JSON in the database and exit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON file of secrets (mode 0600).</source>
        <translation>JSON file of secrets (mode 0600).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (keychain, file, env), keychain, file or env.</source>
        <translation>auto (keychain, file, env), keychain, file or env.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiver port (overrides the configuration; 0 = any free port).</source>
        <translation>Receiver port (overrides the configuration; 0 = any free port).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the texts written for staff: zh_CN (default) or en.</source>
        <translation>Language of the texts written for staff: zh_CN (default) or en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between attempts to become the active gateway.</source>
        <translation>Seconds between attempts to become the active gateway.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test every configured link (shops, CRM) with one signed call each, print the results and exit (non-zero if one fails).</source>
        <translation>Test every configured link (shops, CRM) with one signed call each, print the results and exit (non-zero if one fails).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store the secret named by this secret_ref in the secret store (keychain unless --secret-store says otherwise); the value is read from standard input (or ORDERDESK_SECRET_VALUE). Then exit.</source>
        <translation>Store the secret named by this secret_ref in the secret store (keychain unless --secret-store says otherwise); the value is read from standard input (or ORDERDESK_SECRET_VALUE). Then exit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a new password for this user (read from standard input, or ORDERDESK_NEW_PASSWORD), make it an active administrator, audit it, and exit.</source>
        <translation>Set a new password for this user (read from standard input, or ORDERDESK_NEW_PASSWORD), make it an active administrator, audit it, and exit.</translation>
    </message>
    <message>
        <location filename="../core/gateway/localservices.cpp" line="+226"/>
        <source>The push receiver is switched off in the settings.</source>
        <translation>The push receiver is switched off in the settings.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>CRM not configured: events stay in the outbox.</source>
        <translation>CRM not configured: events stay in the outbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No CRM token (secret %1): events stay in the outbox.</source>
        <translation>No CRM token (secret %1): events stay in the outbox.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Scheduled downloads run on the gateway, not on this desk: start the run there.</source>
        <translation>Scheduled downloads run on the gateway, not on this desk: start the run there.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This shop has no enabled download schedule.</source>
        <translation>This shop has no enabled download schedule.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shop no longer exists.</source>
        <translation>The shop no longer exists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only shops whose orders are downloaded from their platform have orders to download.</source>
        <translation>Only shops whose orders are downloaded from their platform have orders to download.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/interfacepages.cpp" line="+127"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/listpage.cpp" line="+126"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <location line="+22"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Total %1 · loaded %2 · selected %3</source>
        <translation>Total %1 · loaded %2 · selected %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1 rows to %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/listviewstate.cpp" line="+118"/>
        <source>%n new rows above · click to see them</source>
        <translation>
            <numerusform>%n new rows above · click to see them</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wholelist.cpp" line="+54"/>
        <source>Nothing in the list matches the current filter.</source>
        <translation>Nothing in the list matches the current filter.</translation>
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
        <translation>Trade ID</translation>
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
        <translation>Shop</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+16"/>
        <location line="+31"/>
        <location line="+38"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+16"/>
        <location line="+31"/>
        <location line="+38"/>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Platform status</source>
        <translation>Platform status</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+23"/>
        <location line="+42"/>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+138"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+22"/>
        <location line="+116"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+38"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+24"/>
        <location line="+13"/>
        <location line="+40"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+26"/>
        <source>Sales order</source>
        <translation>Sales order</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Converted by</source>
        <translation>Converted by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted at</source>
        <translation>Converted at</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Refund ID</source>
        <translation>Refund ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+51"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Goods back</source>
        <translation>Goods back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund status</source>
        <translation>Refund status</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+22"/>
        <location line="+39"/>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refunded amount</source>
        <translation>Refunded amount</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delivered at</source>
        <translation>Delivered at</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Tracking No.</source>
        <translation>Tracking No.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash on delivery</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold reason</source>
        <translation>Hold reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On blacklist</source>
        <translation>On blacklist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address problem</source>
        <translation>Address problem</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return No.</source>
        <translation>Return No.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goods received</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM answer</source>
        <translation>CRM answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record ID</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/skumappingimportdialog.cpp" line="-237"/>
        <location line="+237"/>
        <source>Platform item</source>
        <translation>Platform item</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/skumappingimportdialog.cpp" line="-235"/>
        <location line="+236"/>
        <source>Platform SKU</source>
        <translation>Platform SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/skumappingimportdialog.cpp" line="-234"/>
        <location line="+234"/>
        <source>Goods code</source>
        <translation>Goods code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pending download</source>
        <translation>Pending download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending import</source>
        <translation>Pending import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order history</source>
        <translation>Order history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending refunds</source>
        <translation>Pending refunds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales orders</source>
        <translation>Sales orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return orders</source>
        <translation>Return orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled tasks</source>
        <translation>Scheduled tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM sync</source>
        <translation>CRM sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods mapping</source>
        <translation>Goods mapping</translation>
    </message>
    <message>
        <location filename="../ui/exporter.cpp" line="+21"/>
        <location filename="../ui/listmodel.cpp" line="+48"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="+17"/>
        <source>Log in to OrderDesk</source>
        <translation>Log in to OrderDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Forgot password?</source>
        <translation>Forgot password?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An administrator sets a new password in Settings → Users (Reset password).
If no administrator can log in, whoever may run programs on the computer that holds the database runs, in the OrderDesk folder:
    orderdesk-gateway --db &lt;database&gt; --reset-password &lt;login&gt;
and types the new password. The account becomes an active administrator and the audit log records the reset.</source>
        <translation>An administrator sets a new password in Settings → Users (Reset password).
If no administrator can log in, whoever may run programs on the computer that holds the database runs, in the OrderDesk folder:
    orderdesk-gateway --db &lt;database&gt; --reset-password &lt;login&gt;
and types the new password. The account becomes an active administrator and the audit log records the reset.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+22"/>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings</source>
        <translation>System settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion rules</source>
        <translation>Conversion rules</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MallPlatform</name>
    <message>
        <location filename="../core/platforms/mall/mallplatform.cpp" line="+21"/>
        <source>Shop %1 pushes its orders: there is nothing to download from it.</source>
        <translation>Shop %1 pushes its orders: there is nothing to download from it.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/domain/money.cpp" line="+15"/>
        <source>Invalid amount &quot;%1&quot;: %2</source>
        <translation>Invalid amount &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the amount is empty</source>
        <translation>the amount is empty</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>only digits and one decimal point are allowed</source>
        <translation>only digits and one decimal point are allowed</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+26"/>
        <source>the amount is too large</source>
        <translation>the amount is too large</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>more than two decimal places</source>
        <translation>more than two decimal places</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>no digits</source>
        <translation>no digits</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>Amount overflow</source>
        <translation>Amount overflow</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invalid date &quot;%1&quot;: expected yyyy-MM-dd HH:mm:ss</source>
        <translation>Invalid date &quot;%1&quot;: expected yyyy-MM-dd HH:mm:ss</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../ui/orderdetaildialog.cpp" line="+26"/>
        <source>Sales order details</source>
        <translation>Sales order details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales order</source>
        <translation>Sales order</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Buyer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver:</source>
        <translation>Receiver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts:</source>
        <translation>Amounts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipment:</source>
        <translation>Shipment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods code</source>
        <translation>Goods code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goods lines</source>
        <translation>Goods lines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raw payload</source>
        <translation>Raw payload</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This sales order no longer exists.</source>
        <translation>This sales order no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales order details — %1</source>
        <translation>Sales order details — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · on hold</source>
        <translation> · on hold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · platform changes to check</source>
        <translation> · platform changes to check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · trade %2 · %3 · created %4 by %5</source>
        <translation>%1 · trade %2 · %3 · created %4 by %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goods %1 + freight %2 − discount %3 = paid %4</source>
        <translation>Goods %1 + freight %2 − discount %3 = paid %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; refunded %1</source>
        <translation>; refunded %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ The platform&apos;s amounts do not add up: goods − discount + freight differs from the paid amount by %1.</source>
        <translation>⚠ The platform&apos;s amounts do not add up: goods − discount + freight differs from the paid amount by %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not shipped)</source>
        <translation>(not shipped)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, tracking number %2</source>
        <translation>%1, tracking number %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../core/workflow/orderrow.cpp" line="+49"/>
        <location filename="../core/workflow/outboxwriter.cpp" line="+57"/>
        <source>Sales order %1 does not exist.</source>
        <translation>Sales order %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../core/workflow/orderservice.cpp" line="+82"/>
        <location line="+55"/>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Shipping needs the express company and the tracking number.</source>
        <translation>Shipping needs the express company and the tracking number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The express company</source>
        <translation>The express company</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracking number</source>
        <translation>The tracking number</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The order&apos;s shop no longer exists.</source>
        <translation>The order&apos;s shop no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform did not accept the shipment: %1</source>
        <translation>The platform did not accept the shipment: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platform answer: %1</source>
        <translation>Platform answer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n platform change(s) acknowledged</source>
        <translation>
            <numerusform>%n platform change(s) acknowledged</numerusform>
            <numerusform>%n platform change(s) acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workflow/outboxwriter.cpp" line="+80"/>
        <source>The outbox event got no id.</source>
        <translation>The outbox event got no id.</translation>
    </message>
</context>
<context>
    <name>PartialRefundDialog</name>
    <message>
        <location filename="../ui/refunddialogs.cpp" line="+57"/>
        <source>Partial refund — %1</source>
        <translation>Partial refund — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already refunded:</source>
        <translation>Already refunded:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most:</source>
        <translation>At most:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 12.50</source>
        <translation>e.g. 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund amount (yuan):</source>
        <translation>Refund amount (yuan):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. compensation for a damaged parcel</source>
        <translation>e.g. compensation for a damaged parcel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the amount to refund.</source>
        <translation>Enter the amount to refund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an amount of money (use e.g. 12.50).</source>
        <translation>&quot;%1&quot; is not an amount of money (use e.g. 12.50).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount must be more than 0.</source>
        <translation>The amount must be more than 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 can be refunded (paid %2, already refunded %3).</source>
        <translation>At most %1 can be refunded (paid %2, already refunded %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a reason.</source>
        <translation>Enter a reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason may be at most 200 characters long.</source>
        <translation>The reason may be at most 200 characters long.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line &quot;%1&quot; at most:</source>
        <translation>Line &quot;%1&quot; at most:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At most %1 can be refunded on the line &quot;%2&quot;.</source>
        <translation>At most %1 can be refunded on the line &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Payloads</name>
    <message>
        <location filename="../core/storage/payloads.cpp" line="+74"/>
        <source>The stored platform payload is damaged.</source>
        <translation>The stored platform payload is damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored platform payload has an unknown format (%1).</source>
        <translation>The stored platform payload has an unknown format (%1).</translation>
    </message>
</context>
<context>
    <name>PendingDownloadPage</name>
    <message>
        <location filename="../ui/interfacepages.cpp" line="-99"/>
        <source>Download</source>
        <translation>Download</translation>
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
        <translation>Download trade details</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Download all</source>
        <translation>Download all</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Download by query…</source>
        <translation>Download by query…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PendingImportPage</name>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+6"/>
        <source>Convert to sales order</source>
        <translation>Convert to sales order</translation>
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
        <translation>Batch convert</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark processed</source>
        <translation>Mark processed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all</source>
        <translation>Remove all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 trades from the list (%2)? A later download brings them back.</source>
        <translation>Remove %1 trades from the list (%2)? A later download brings them back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark all processed</source>
        <translation>Mark all processed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 trades as processed (%2)? They will not be downloaded again.</source>
        <translation>Mark %1 trades as processed (%2)? They will not be downloaded again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map goods…</source>
        <translation>Map goods…</translation>
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
        <translation>Release hold</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Convert the %n selected trades to sales orders?</source>
        <translation>
            <numerusform>Convert the %n selected trades to sales orders?</numerusform>
            <numerusform>Convert the %n selected trades to sales orders?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Convert %1 trades to sales orders (%2)?</source>
        <translation>Convert %1 trades to sales orders (%2)?</translation>
    </message>
</context>
<context>
    <name>PendingRefundsPage</name>
    <message>
        <location line="+22"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert to return</source>
        <translation>Convert to return</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch convert to returns</source>
        <translation>Batch convert to returns</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert %1 refund requests to returns (%2)?</source>
        <translation>Convert %1 refund requests to returns (%2)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse refund…</source>
        <translation>Refuse refund…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund…</source>
        <translation>Partial refund…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark processed</source>
        <translation>Mark processed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark all processed</source>
        <translation>Mark all processed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 refund requests as processed (%2)? They will not be downloaded again.</source>
        <translation>Mark %1 refund requests as processed (%2)? They will not be downloaded again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The trade has no sales order yet; convert it to a sales order first.</source>
        <translation>The trade has no sales order yet; convert it to a sales order first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refund recorded.</source>
        <translation>Refund recorded.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refund refused.</source>
        <translation>Refund refused.</translation>
    </message>
</context>
<context>
    <name>PlatformChanges</name>
    <message>
        <location filename="../core/intake/platformchanges.cpp" line="+102"/>
        <source>status %1 → %2</source>
        <translation>status %1 → %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>line %1 (%2) refund: %3</source>
        <translation>line %1 (%2) refund: %3</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Deleted on the platform</source>
        <translation>Deleted on the platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed or cancelled</source>
        <translation>Closed or cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line refund</source>
        <translation>Line refund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished on the platform</source>
        <translation>Finished on the platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiver changed</source>
        <translation>Receiver changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount changed</source>
        <translation>Amount changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on the platform</source>
        <translation>Changed on the platform</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>deleted on the platform (or moved to its recycle bin)</source>
        <translation>deleted on the platform (or moved to its recycle bin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed or cancelled on the platform (status %1)</source>
        <translation>closed or cancelled on the platform (status %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refund %1 of line %2: %3, status %4</source>
        <translation>refund %1 of line %2: %3, status %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finished on the platform</source>
        <translation>finished on the platform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receiver changed: %1 %2 %3</source>
        <translation>receiver changed: %1 %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paid amount %1 → %2</source>
        <translation>paid amount %1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>changed on the platform</source>
        <translation>changed on the platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform copy of %1:</source>
        <translation>Platform copy of %1:</translation>
    </message>
    <message>
        <location filename="../core/workflow/platformprogress.cpp" line="+48"/>
        <source>Cash on delivery paid on the platform at %1: %2</source>
        <translation>Cash on delivery paid on the platform at %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Finished on the platform (copy of %1)</source>
        <translation>Finished on the platform (copy of %1)</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../core/platforms/platform.cpp" line="+29"/>
        <source>Shop &quot;%1&quot; does not receive pushed orders.</source>
        <translation>Shop &quot;%1&quot; does not receive pushed orders.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/printing.cpp" line="+37"/>
        <source>Picking list</source>
        <translation>Picking list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Goods code</source>
        <translation>Goods code</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order No.:</source>
        <translation>Order No.:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trade ID:</source>
        <translation>Trade ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiver:</source>
        <translation>Receiver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goods:</source>
        <translation>Goods:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Freight:</source>
        <translation>Freight:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks:</source>
        <translation>Remarks:</translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <location filename="../core/platforms/mall/mallfields.cpp" line="+11"/>
        <source>Required field &quot;%1&quot; is missing.</source>
        <translation>Required field &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field &quot;%1&quot; is invalid: %2</source>
        <translation>Field &quot;%1&quot; is invalid: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation>&quot;%1&quot; is not an amount of money</translation>
    </message>
    <message>
        <location filename="../core/platforms/mall/mallamounts.cpp" line="+13"/>
        <location filename="../core/platforms/mall/mallfields.cpp" line="+5"/>
        <location line="+3"/>
        <source>the amount is too large</source>
        <translation>the amount is too large</translation>
    </message>
    <message>
        <location filename="../core/platforms/mall/mallfields.cpp" line="+5"/>
        <source>a floating-point number is not accepted for money; send a decimal string such as &quot;3.00&quot;</source>
        <translation>a floating-point number is not accepted for money; send a decimal string such as &quot;3.00&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a decimal string such as &quot;3.00&quot;</source>
        <translation>expected a decimal string such as &quot;3.00&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a time &quot;yyyy-MM-dd HH:mm:ss&quot;</source>
        <translation>expected a time &quot;yyyy-MM-dd HH:mm:ss&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid time</source>
        <translation>&quot;%1&quot; is not a valid time</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Field &quot;%1&quot; holds text that is not valid JSON; ignored.</source>
        <translation>Field &quot;%1&quot; holds text that is not valid JSON; ignored.</translation>
    </message>
    <message>
        <location filename="../core/platforms/mall/mallmapper.cpp" line="+57"/>
        <source>The push body is empty.</source>
        <translation>The push body is empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The push body is JSON but not an object.</source>
        <translation>The push body is JSON but not an object.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The push body is truncated JSON (it ends after %1 bytes).</source>
        <translation>The push body is truncated JSON (it ends after %1 bytes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The push body is not JSON (error at byte %1).</source>
        <translation>The push body is not JSON (error at byte %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The push body holds a number too large to represent.</source>
        <translation>The push body holds a number too large to represent.</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>[Cash on delivery]</source>
        <translation>[Cash on delivery]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Self-pickup]</source>
        <translation>[Self-pickup]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Same-city delivery]</source>
        <translation>[Same-city delivery]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Buyer asked to cancel]</source>
        <translation>[Buyer asked to cancel]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Still being processed by the mall]</source>
        <translation>[Still being processed by the mall]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[Merchant %1]</source>
        <translation>[Merchant %1]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amounts do not add up: goods %1 − discount %2 + freight %3 = %4, but %5 was paid.</source>
        <translation>The amounts do not add up: goods %1 − discount %2 + freight %3 = %4, but %5 was paid.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>expected a list of order lines</source>
        <translation>expected a list of order lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the order has no lines</source>
        <translation>the order has no lines</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the quantity must be a positive number</source>
        <translation>the quantity must be a positive number</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Goods %1</source>
        <translation>Goods %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line refund pushed by the mall</source>
        <translation>Line refund pushed by the mall</translation>
    </message>
    <message>
        <location filename="../core/push/pushreceiver.cpp" line="+97"/>
        <source>The push did not arrive in time (nothing for %1 s, or not all of it within %2 s; %3 bytes of the body came); the connection was cut.</source>
        <translation>The push did not arrive in time (nothing for %1 s, or not all of it within %2 s; %3 bytes of the body came); the connection was cut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection ended before the whole body arrived (%1 bytes).</source>
        <translation>The connection ended before the whole body arrived (%1 bytes).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+124"/>
        <source>The push body is too large: %1 bytes (at most %2 are accepted).</source>
        <translation>The push body is too large: %1 bytes (at most %2 are accepted).</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Routes must be added before the receiver starts.</source>
        <translation>Routes must be added before the receiver starts.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot listen on %1:%2 (in use or not allowed).</source>
        <translation>Cannot listen on %1:%2 (in use or not allowed).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The request line and headers are larger than %1 bytes; the connection was cut.</source>
        <translation>The request line and headers are larger than %1 bytes; the connection was cut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request headers did not arrive in time (nothing for %1 s, or not all of them within %2 s); the connection was cut.</source>
        <translation>The request headers did not arrive in time (nothing for %1 s, or not all of them within %2 s); the connection was cut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request could not be read as HTTP (status %1): a malformed request line, or a request line or header beyond the limits.</source>
        <translation>The request could not be read as HTTP (status %1): a malformed request line, or a request line or header beyond the limits.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unknown shop &quot;%1&quot;: no pushing shop has this code or app key.</source>
        <translation>Unknown shop &quot;%1&quot;: no pushing shop has this code or app key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shop &quot;%1&quot; does not receive pushed orders.</source>
        <translation>Shop &quot;%1&quot; does not receive pushed orders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop &quot;%1&quot; is disabled.</source>
        <translation>Shop &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <location filename="../core/platforms/mall/mallplatform.cpp" line="+35"/>
        <source>The secret of shop &quot;%1&quot; is not available: %2</source>
        <translation>The secret of shop &quot;%1&quot; is not available: %2</translation>
    </message>
    <message>
        <location filename="../core/push/pushsign.cpp" line="+56"/>
        <source>Unknown signature scheme &quot;%1&quot; (known: %2).</source>
        <translation>Unknown signature scheme &quot;%1&quot; (known: %2).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The push has no app_sign.</source>
        <translation>The push has no app_sign.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong signature: app_sign does not match the shop&apos;s secret (scheme %1).</source>
        <translation>Wrong signature: app_sign does not match the shop&apos;s secret (scheme %1).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+100"/>
        <source>goods mapping</source>
        <translation>goods mapping</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Demo supervisor</source>
        <translation>Demo supervisor</translation>
    </message>
</context>
<context>
    <name>ReceiverDialog</name>
    <message>
        <location filename="../ui/receiverdialog.cpp" line="+21"/>
        <source>Push receiver</source>
        <translation>Push receiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept order pushes</source>
        <translation>Accept order pushes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer.</source>
        <translation>0.0.0.0 listens on every network interface; 127.0.0.1 only on this computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listen address:</source>
        <translation>Listen address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply format:</source>
        <translation>Reply format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway reads these settings when it starts: changes apply at its next start.</source>
        <translation>The gateway reads these settings when it starts: changes apply at its next start.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the listen address as an IPv4 address, e.g. 0.0.0.0 (every interface) or 127.0.0.1.</source>
        <translation>Enter the listen address as an IPv4 address, e.g. 0.0.0.0 (every interface) or 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>RefundDetailDialog</name>
    <message>
        <location filename="../ui/refunddetaildialog.cpp" line="+26"/>
        <source>Refund request</source>
        <translation>Refund request</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original trade</source>
        <translation>Original trade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales order</source>
        <translation>Sales order</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line ID</source>
        <translation>Line ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Merchant code</source>
        <translation>Merchant code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Platform refund status</source>
        <translation>Platform refund status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This refund</source>
        <translation>This refund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods lines of the original trade</source>
        <translation>Goods lines of the original trade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of this request</source>
        <translation>History of this request</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Before shipping (on sale)</source>
        <translation>Before shipping (on sale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After sale</source>
        <translation>After sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund ID</source>
        <translation>Refund ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Trade ID</source>
        <translation>Trade ID</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods come back</source>
        <translation>Goods come back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund only, no goods back</source>
        <translation>Refund only, no goods back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund status</source>
        <translation>Refund status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused because</source>
        <translation>Refused because</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform answer</source>
        <translation>Platform answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trade %1 has not been downloaded yet.</source>
        <translation>The trade %1 has not been downloaded yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No refund</source>
        <translation>No refund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded line</source>
        <translation>Refunded line</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sales order yet: convert the trade to a sales order first (converting the refund needs it too).</source>
        <translation>No sales order yet: convert the trade to a sales order first (converting the refund needs it too).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded amount</source>
        <translation>Refunded amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <location filename="../core/workflow/refundservice.cpp" line="+23"/>
        <source>Refund request %1 no longer exists.</source>
        <translation>Refund request %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunding %1 would exceed what was paid on order %2: paid %3, already refunded %4, at most %5 left.</source>
        <translation>Refunding %1 would exceed what was paid on order %2: paid %3, already refunded %4, at most %5 left.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Trade %1 has no sales order yet; convert the order first.</source>
        <translation>Trade %1 has no sales order yet; convert the order first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refund amount must not be negative.</source>
        <translation>The refund amount must not be negative.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The return order got no id.</source>
        <translation>The return order got no id.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund %1: return order %2 awaits the goods (%3)</source>
        <translation>Refund %1: return order %2 awaits the goods (%3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Refund %1 of %2 (shipped, no goods back)</source>
        <translation>Refund %1 of %2 (shipped, no goods back)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund %1 of %2; refunded lines cancelled</source>
        <translation>Refund %1 of %2; refunded lines cancelled</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+89"/>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Give a reason of 2 to 200 characters for refusing the refund.</source>
        <translation>Give a reason of 2 to 200 characters for refusing the refund.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The refund&apos;s shop no longer exists.</source>
        <translation>The refund&apos;s shop no longer exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform did not accept the refusal: %1</source>
        <translation>The platform did not accept the refusal: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The refund amount must be more than zero.</source>
        <translation>The refund amount must be more than zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason (up to 200 characters) for the partial refund.</source>
        <translation>Give a reason (up to 200 characters) for the partial refund.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The refund got no id.</source>
        <translation>The refund got no id.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partial refund of %1: %2</source>
        <translation>Partial refund of %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Return order %1 does not exist.</source>
        <translation>Return order %1 does not exist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Return order %1 is not awaiting goods.</source>
        <translation>Return order %1 is not awaiting goods.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Goods of return order %1 received; %2 refunded</source>
        <translation>Goods of return order %1 received; %2 refunded</translation>
    </message>
</context>
<context>
    <name>RefuseRefundDialog</name>
    <message>
        <location filename="../ui/refunddialogs.cpp" line="-101"/>
        <source>Refuse refund %1</source>
        <translation>Refuse refund %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is sent to the platform and shown to the buyer (2–200 characters):</source>
        <translation>The reason is sent to the platform and shown to the buyer (2–200 characters):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse refund</source>
        <translation>Refuse refund</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a reason of at least 2 characters.</source>
        <translation>Enter a reason of at least 2 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason is %1 characters long; at most 200 are allowed.</source>
        <translation>The reason is %1 characters long; at most 200 are allowed.</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../ui/downloaddialog.cpp" line="+10"/>
        <source>Requests to the gateway</source>
        <translation>Requests to the gateway</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Single desk: this desk downloads and runs schedules itself; requests are for team mode.</source>
        <translation>Single desk: this desk downloads and runs schedules itself; requests are for team mode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gateway is running on this database: requests run as soon as they are sent.</source>
        <translation>A gateway is running on this database: requests run as soon as they are sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No gateway is running on this database: requests wait in the queue until one starts.</source>
        <translation>No gateway is running on this database: requests wait in the queue until one starts.</translation>
    </message>
</context>
<context>
    <name>ReturnOrdersPage</name>
    <message>
        <location filename="../ui/orderpages.cpp" line="+133"/>
        <location line="+1"/>
        <source>Receive goods</source>
        <translation>Receive goods</translation>
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
        <translation>Either</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit conversion rule</source>
        <translation>Edit conversion rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New conversion rule</source>
        <translation>New conversion rule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shown to staff in the Hold reason column, e.g. 大额订单，请核对</source>
        <translation>shown to staff in the Hold reason column, e.g. 大额订单，请核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then:</source>
        <translation>Then:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold reason:</source>
        <translation>Hold reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When every condition holds (empty = any)</source>
        <translation>When every condition holds (empty = any)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shops:</source>
        <translation>Shops:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform statuses, e.g. WAIT_SELLER_SEND_GOODS</source>
        <translation>platform statuses, e.g. WAIT_SELLER_SEND_GOODS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform status:</source>
        <translation>Platform status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid online</source>
        <translation>Paid online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash on delivery</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment:</source>
        <translation>Payment:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buyer memo:</source>
        <translation>Buyer memo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Has one</source>
        <translation>Has one</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Has none</source>
        <translation>Has none</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seller memo:</source>
        <translation>Seller memo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a memo contains one of these words, e.g. 发票, 加急</source>
        <translation>a memo contains one of these words, e.g. 发票, 加急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo words:</source>
        <translation>Memo words:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund:</source>
        <translation>Refund:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A line is under refund</source>
        <translation>A line is under refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No open refund</source>
        <translation>No open refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods mapping:</source>
        <translation>Goods mapping:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every line has a goods code</source>
        <translation>Every line has a goods code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A line has no goods code</source>
        <translation>A line has no goods code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid amount (yuan):</source>
        <translation>Paid amount (yuan):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provinces or cities, e.g. 新疆, 西藏</source>
        <translation>provinces or cities, e.g. 新疆, 西藏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver region:</source>
        <translation>Receiver region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blacklist:</source>
        <translation>Blacklist:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer or mobile on the blacklist</source>
        <translation>Buyer or mobile on the blacklist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on the blacklist</source>
        <translation>Not on the blacklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incomplete or a post-office box</source>
        <translation>Incomplete or a post-office box</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ordered between:</source>
        <translation>Ordered between:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The amount &quot;%1&quot; is not a sum of money like 199.00.</source>
        <translation>The amount &quot;%1&quot; is not a sum of money like 199.00.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../core/rules/ruleapply.cpp" line="+244"/>
        <source>Converted automatically by rule &quot;%1&quot; (trade %2)</source>
        <translation>Converted automatically by rule &quot;%1&quot; (trade %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Held for review by rule &quot;%1&quot;: %2</source>
        <translation>Held for review by rule &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The trade is not held.</source>
        <translation>The trade is not held.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold released by %1</source>
        <translation>Hold released by %1</translation>
    </message>
    <message>
        <location filename="../core/rules/rules.cpp" line="+35"/>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold for review</source>
        <translation>Hold for review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave for staff</source>
        <translation>Leave for staff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no %1.</source>
        <translation>The address has no %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a post-office box; couriers do not deliver there.</source>
        <translation>The address is a post-office box; couriers do not deliver there.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No rule matches.</source>
        <translation>No rule matches.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The rule&apos;s condition &quot;%1&quot; cannot be read.</source>
        <translation>The rule&apos;s condition &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Give the rule a name.</source>
        <translation>Give the rule a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule that holds trades needs a reason staff will read.</source>
        <translation>A rule that holds trades needs a reason staff will read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts cannot be negative.</source>
        <translation>Amounts cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest amount is above the highest.</source>
        <translation>The lowest amount is above the highest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times of day are written as HH:mm, e.g. 22:30.</source>
        <translation>Times of day are written as HH:mm, e.g. 22:30.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n shop(s)</source>
        <translation>
            <numerusform>%n shop(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid online</source>
        <translation>paid online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cash on delivery</source>
        <translation>cash on delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer memo</source>
        <translation>buyer memo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no buyer memo</source>
        <translation>no buyer memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seller memo</source>
        <translation>seller memo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no seller memo</source>
        <translation>no seller memo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memo contains %1</source>
        <translation>memo contains %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open refund</source>
        <translation>open refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no open refund</source>
        <translation>no open refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all goods mapped</source>
        <translation>all goods mapped</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>goods not mapped</source>
        <translation>goods not mapped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid %1–%2</source>
        <translation>paid %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buyer on the blacklist</source>
        <translation>buyer on the blacklist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>buyer not on the blacklist</source>
        <translation>buyer not on the blacklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address problem</source>
        <translation>address problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>address complete</source>
        <translation>address complete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ordered %1–%2</source>
        <translation>ordered %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every trade</source>
        <translation>every trade</translation>
    </message>
    <message>
        <location filename="../core/rules/ruleservice.cpp" line="+53"/>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Rule &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The new rule got no id.</source>
        <translation>The new rule got no id.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <location line="+18"/>
        <source>The rule no longer exists (deleted by someone else?).</source>
        <translation>The rule no longer exists (deleted by someone else?).</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Conversion rule &quot;%1&quot; saved: %2 → %3</source>
        <translation>Conversion rule &quot;%1&quot; saved: %2 → %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conversion rule #%1 deleted</source>
        <translation>Conversion rule #%1 deleted</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conversion rule &quot;%1&quot; moved to place %2</source>
        <translation>Conversion rule &quot;%1&quot; moved to place %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Automatic conversion switched on</source>
        <translation>Automatic conversion switched on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic conversion switched off</source>
        <translation>Automatic conversion switched off</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter a buyer nick or a mobile number.</source>
        <translation>Enter a buyer nick or a mobile number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already on the blacklist.</source>
        <translation>%1 is already on the blacklist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new blacklist entry got no id.</source>
        <translation>The new blacklist entry got no id.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 added to the blacklist</source>
        <translation>%1 added to the blacklist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The entry is no longer on the blacklist.</source>
        <translation>The entry is no longer on the blacklist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blacklist entry #%1 removed</source>
        <translation>Blacklist entry #%1 removed</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../ui/rulespage.cpp" line="+57"/>
        <source>Conversion rules</source>
        <translation>Conversion rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules decide what happens to trades arriving in the pending pool: the first enabled rule whose conditions all hold converts the trade, holds it for review with a reason, or leaves it for staff. The active gateway (on a single desk: this desk&apos;s own services) applies them when trades arrive or change.</source>
        <translation>Rules decide what happens to trades arriving in the pending pool: the first enabled rule whose conditions all hold converts the trade, holds it for review with a reason, or leaves it for staff. The active gateway (on a single desk: this desk&apos;s own services) applies them when trades arrive or change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Convert automatically by these rules</source>
        <translation>Convert automatically by these rules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+239"/>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Hold reason</source>
        <translation>Hold reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New rule…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run…</source>
        <translation>Dry run…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to the pool now</source>
        <translation>Apply to the pool now</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blacklist</source>
        <translation>Blacklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer nick / mobile</source>
        <translation>Buyer nick / mobile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added at</source>
        <translation>Added at</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the rule &quot;%1&quot;?</source>
        <translation>Delete the rule &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <source>Add to the blacklist</source>
        <translation>Add to the blacklist</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Buyer nick or mobile number:</source>
        <translation>Buyer nick or mobile number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (for colleagues):</source>
        <translation>Why (for colleagues):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply the rules</source>
        <translation>Apply the rules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply the enabled rules to every trade in the pending pool now?</source>
        <translation>Apply the enabled rules to every trade in the pending pool now?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rule saved.</source>
        <translation>Rule saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trying the rules on the pending pool…</source>
        <translation>Trying the rules on the pending pool…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dry run: %1 would be converted, %2 held, %3 left for staff. Nothing was changed.</source>
        <translation>Dry run: %1 would be converted, %2 held, %3 left for staff. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run of the conversion rules</source>
        <translation>Dry run of the conversion rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade ID</source>
        <translation>Trade ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Applying the rules to the pending pool…</source>
        <translation>Applying the rules to the pending pool…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules applied: %1 converted, %2 held, %3 left for staff.</source>
        <translation>Rules applied: %1 converted, %2 held, %3 left for staff.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conversion(s) failed; the reasons are in the pending pool&apos;s Last error column.</source>
        <translation>
            <numerusform>%n conversion(s) failed; the reasons are in the pending pool&apos;s Last error column.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only a supervisor or an administrator changes the conversion rules.</source>
        <translation>Only a supervisor or an administrator changes the conversion rules.</translation>
    </message>
</context>
<context>
    <name>SalesOrdersPage</name>
    <message>
        <location filename="../ui/orderpages.cpp" line="-116"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Hold</translation>
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
        <translation>Release</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship…</source>
        <translation>Ship…</translation>
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
        <translation>Cancel order</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel %1 selected orders? This cannot be undone.</source>
        <translation>Cancel %1 selected orders? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partial refund…</source>
        <translation>Partial refund…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print picking list</source>
        <translation>Print picking list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print delivery note</source>
        <translation>Print delivery note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order shipped.</source>
        <translation>Order shipped.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refund recorded.</source>
        <translation>Refund recorded.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Picking list</source>
        <translation>Picking list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/scheduledialog.cpp" line="+16"/>
        <source>Orders (new and changed)</source>
        <translation>Orders (new and changed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap fill (re-reads a longer window)</source>
        <translation>Gap fill (re-reads a longer window)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedules of %1</source>
        <translation>Schedules of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (minutes)</source>
        <translation>Every (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look back (minutes)</source>
        <translation>Look back (minutes)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How far before the last covered time each run starts reading, to catch late changes.</source>
        <translation>How far before the last covered time each run starts reading, to catch late changes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The gateway&apos;s scheduler uses the new plan from its next round.</source>
        <translation>The gateway&apos;s scheduler uses the new plan from its next round.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <location filename="../core/intake/scheduler.cpp" line="+56"/>
        <source>Another gateway runs the schedules; this one waits.</source>
        <translation>Another gateway runs the schedules; this one waits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule %1 no longer exists.</source>
        <translation>Schedule %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shop %1 no longer exists.</source>
        <translation>Shop %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop %1 pushes its orders; it has nothing to download.</source>
        <translation>Shop %1 pushes its orders; it has nothing to download.</translation>
    </message>
</context>
<context>
    <name>SchedulesPage</name>
    <message>
        <location filename="../ui/syncpages.cpp" line="-122"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last success (covered until)</source>
        <translation>Last success (covered until)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behind</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Per-shop health</source>
        <translation>Per-shop health</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a shop in the health table first.</source>
        <translation>Choose a shop in the health table first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download started.</source>
        <translation>Download started.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download by query…</source>
        <translation>Download by query…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests to the gateway…</source>
        <translation>Requests to the gateway…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../core/secrets/secretstore.cpp" line="+15"/>
        <source>Secret &quot;%1&quot; was not found in %2.</source>
        <translation>Secret &quot;%1&quot; was not found in %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret name was given.</source>
        <translation>No secret name was given.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the environment variable %1</source>
        <translation>the environment variable %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The secrets file %1 does not exist.</source>
        <translation>The secrets file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets file %1 can be read or changed by other users; allow only its owner (chmod 600).</source>
        <translation>The secrets file %1 can be read or changed by other users; allow only its owner (chmod 600).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Cannot read the secrets file %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secrets file %1 is not a JSON object of name/value pairs.</source>
        <translation>The secrets file %1 is not a JSON object of name/value pairs.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Cannot write the secrets file %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore_keychain_linux.cpp" line="+34"/>
        <source>The system keychain could not give secret &quot;%1&quot;: %2</source>
        <translation>The system keychain could not give secret &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>no answer within 10 seconds</source>
        <translation>no answer within 10 seconds</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <location filename="../core/secrets/secretstore_win.cpp" line="+18"/>
        <source>The Windows Credential Manager could not handle secret &quot;%1&quot; (error %2).</source>
        <translation>The Windows Credential Manager could not handle secret &quot;%1&quot; (error %2).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the Windows Credential Manager</source>
        <translation>the Windows Credential Manager</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings/settingsservice.cpp" line="+42"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must be an IPv4 address such as 0.0.0.0 (all interfaces) or 127.0.0.1.</source>
        <translation>The address must be an IPv4 address such as 0.0.0.0 (all interfaces) or 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown reply format &quot;%1&quot;.</source>
        <translation>Unknown reply format &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This desk has no secret store: the matrix token is kept on the gateway&apos;s machine.</source>
        <translation>This desk has no secret store: the matrix token is kept on the gateway&apos;s machine.</translation>
    </message>
    <message>
        <location filename="../core/settings/shopservice.cpp" line="+21"/>
        <source>The shop no longer exists.</source>
        <translation>The shop no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop code &quot;%1&quot; is already used.</source>
        <translation>The shop code &quot;%1&quot; is already used.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The shop code needs 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos; (it is part of the push address).</source>
        <translation>The shop code needs 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos; (it is part of the push address).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop name needs 1 to 64 characters.</source>
        <translation>The shop name needs 1 to 64 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A TOP shop needs its app key.</source>
        <translation>A TOP shop needs its app key.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TOP endpoint must be an http:// or https:// address, e.g. https://eco.taobao.com/router/rest.</source>
        <translation>The TOP endpoint must be an http:// or https:// address, e.g. https://eco.taobao.com/router/rest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown push sign scheme &quot;%1&quot;.</source>
        <translation>Unknown push sign scheme &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This desk has no secret store: credentials are kept on the gateway&apos;s machine.</source>
        <translation>This desk has no secret store: credentials are kept on the gateway&apos;s machine.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The shop was saved, but its credentials could not be stored: %1 Open the shop again and re-enter them.</source>
        <translation>The shop was saved, but its credentials could not be stored: %1 Open the shop again and re-enter them.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Unknown schedule kind &quot;%1&quot;.</source>
        <translation>Unknown schedule kind &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The interval must be 1 to 1440 minutes.</source>
        <translation>The interval must be 1 to 1440 minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The look-back must be 0 to 43200 minutes (30 days).</source>
        <translation>The look-back must be 0 to 43200 minutes (30 days).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+39"/>
        <location line="+56"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One signed call to the other side…</source>
        <translation>One signed call to the other side…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="+62"/>
        <source>System settings</source>
        <translation>System settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL (team, shared by several desks)</source>
        <translation>PostgreSQL (team, shared by several desks)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite (single desk)</source>
        <translation>SQLite (single desk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret store:</source>
        <translation>Secret store:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint / sign scheme</source>
        <translation>Endpoint / sign scheme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add shop…</source>
        <translation>Add shop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Schedules…</source>
        <translation>Schedules…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Disable shop</source>
        <translation>Disable shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable %1? No orders will be downloaded or accepted for it until it is enabled again.</source>
        <translation>Disable %1? No orders will be downloaded or accepted for it until it is enabled again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Push receiver</source>
        <translation>Push receiver</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CRM link</source>
        <translation>CRM link</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events that could not be delivered are listed under Sync → CRM sync, where they can be retried.</source>
        <translation>Events that could not be delivered are listed under Sync → CRM sync, where they can be retried.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivate %1? The account can no longer log in; its history stays.</source>
        <translation>Deactivate %1? The account can no longer log in; its history stays.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your own choice on this computer; it applies at the next start.</source>
        <translation>Your own choice on this computer; it applies at the next start.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>on the gateway&apos;s machine (team mode)</source>
        <translation>on the gateway&apos;s machine (team mode)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shop was saved.</source>
        <translation>The shop was saved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The schedules were saved.</source>
        <translation>The schedules were saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The push receiver settings were saved; they apply at the gateway&apos;s next start.</source>
        <translation>The push receiver settings were saved; they apply at the gateway&apos;s next start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CRM settings were saved and the CRM link restarted.</source>
        <translation>The CRM settings were saved and the CRM link restarted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password was changed.</source>
        <translation>The password was changed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user was saved.</source>
        <translation>The user was saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shop was enabled.</source>
        <translation>The shop was enabled.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The shop was disabled.</source>
        <translation>The shop was disabled.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user was activated.</source>
        <translation>The user was activated.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user was deactivated.</source>
        <translation>The user was deactivated.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The language was saved; it applies at the next start.</source>
        <translation>The language was saved; it applies at the next start.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>push, %1</source>
        <translation>push, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>on the gateway</source>
        <translation>on the gateway</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · listening on %2:%3 · reply %4. Changes apply at the gateway&apos;s next start.</source>
        <translation>%1 · listening on %2:%3 · reply %4. Changes apply at the gateway&apos;s next start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set up: sales orders are kept in the outbox until a matrix gateway is entered.</source>
        <translation>Not set up: sales orders are kept in the outbox until a matrix gateway is entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix gateway %1 · app id %2 · CRM node %3 · token %4</source>
        <translation>Matrix gateway %1 · app id %2 · CRM node %3 · token %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../ui/shipdialog.cpp" line="+16"/>
        <source>Ship order %1</source>
        <translation>Ship order %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SF Express</source>
        <translation>SF Express</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZTO Express</source>
        <translation>ZTO Express</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YTO Express</source>
        <translation>YTO Express</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STO Express</source>
        <translation>STO Express</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yunda Express</source>
        <translation>Yunda Express</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JD Logistics</source>
        <translation>JD Logistics</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deppon</source>
        <translation>Deppon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Express company:</source>
        <translation>Express company:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking number:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the express company.</source>
        <translation>Choose the express company.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the tracking number (6–40 letters or digits).</source>
        <translation>Enter the tracking number (6–40 letters or digits).</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../ui/shopdialog.cpp" line="+21"/>
        <source>Edit shop %1</source>
        <translation>Edit shop %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a shop</source>
        <translation>Add a shop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. tmall01 (letters, digits, - and _)</source>
        <translation>e.g. tmall01 (letters, digits, - and _)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download and accept orders for this shop</source>
        <translation>Download and accept orders for this shop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop code:</source>
        <translation>Shop code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop name:</source>
        <translation>Shop name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App key:</source>
        <translation>App key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP endpoint:</source>
        <translation>TOP endpoint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push sign scheme:</source>
        <translation>Push sign scheme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App secret:</source>
        <translation>App secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOP session:</source>
        <translation>TOP session:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is part of the push address and the secret&apos;s name; it cannot change.</source>
        <translation>The code is part of the push address and the secret&apos;s name; it cannot change.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team mode: the shop credentials are kept in the secret store on the gateway&apos;s machine, not on this desk. Enter them there.</source>
        <translation>Team mode: the shop credentials are kept in the secret store on the gateway&apos;s machine, not on this desk. Enter them there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to keep the stored value</source>
        <translation>Leave empty to keep the stored value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials are kept only in the system&apos;s secret store (%1), never in the database or the settings.</source>
        <translation>Credentials are kept only in the system&apos;s secret store (%1), never in the database or the settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A pushing mall is not called: give it the push address and wait for its first order.</source>
        <translation>A pushing mall is not called: give it the push address and wait for its first order.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team mode: the shop&apos;s credentials are on the gateway&apos;s machine; test the shop there with orderdesk-gateway --check.</source>
        <translation>Team mode: the shop&apos;s credentials are on the gateway&apos;s machine; test the shop there with orderdesk-gateway --check.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected: the platform accepted the app key, the signature and the session.</source>
        <translation>Connected: the platform accepted the app key, the signature and the session.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter a shop code: 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Enter a shop code: 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the shop name.</source>
        <translation>Enter the shop name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the app key of the TOP application.</source>
        <translation>Enter the app key of the TOP application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the TOP endpoint as an http:// or https:// address.</source>
        <translation>Enter the TOP endpoint as an http:// or https:// address.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the app secret: it is needed to sign requests and check pushes.</source>
        <translation>Enter the app secret: it is needed to sign requests and check pushes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials must not start or end with spaces.</source>
        <translation>The credentials must not start or end with spaces.</translation>
    </message>
</context>
<context>
    <name>SkuImportDialog</name>
    <message>
        <location filename="../ui/skumappingimportdialog.cpp" line="-168"/>
        <source>Import goods mappings</source>
        <translation>Import goods mappings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first row names the columns: %1. The other rows are mappings; nothing is written until you click Import.</source>
        <translation>The first row names the columns: %1. The other rows are mappings; nothing is written until you click Import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shop for rows without one:</source>
        <translation>Shop for rows without one:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+79"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Export refused rows…</source>
        <translation>Export refused rows…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export refused rows</source>
        <translation>Export refused rows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-refused</source>
        <translation>-refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file has a header but no mappings under it.</source>
        <translation>The file has a header but no mappings under it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 row(s) read: %2 to import, %3 refused (shown in red, with the reason).</source>
        <translation>%1 row(s) read: %2 to import, %3 refused (shown in red, with the reason).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why refused</source>
        <translation>Why refused</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>SkuImportModel</name>
    <message>
        <location line="-249"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>To import</source>
        <translation>To import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
</context>
<context>
    <name>SkuMapping</name>
    <message>
        <location filename="../core/workflow/skumapping.cpp" line="+79"/>
        <source>A goods mapping needs the platform item id and our goods code.</source>
        <translation>A goods mapping needs the platform item id and our goods code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform item id</source>
        <translation>The platform item id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform SKU id</source>
        <translation>The platform SKU id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods code</source>
        <translation>The goods code</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The shop no longer exists.</source>
        <translation>The shop no longer exists.</translation>
    </message>
</context>
<context>
    <name>SkuMappingDialog</name>
    <message>
        <location filename="../ui/skumappingdialog.cpp" line="+17"/>
        <source>Map goods</source>
        <translation>Map goods</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines without a goods code cannot be converted. Enter our goods code for each:</source>
        <translation>Lines without a goods code cannot be converted. Enter our goods code for each:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform item</source>
        <translation>Platform item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform SKU</source>
        <translation>Platform SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our goods code</source>
        <translation>Our goods code</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This trade no longer exists.</source>
        <translation>This trade no longer exists.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every line of this trade already has a goods code.</source>
        <translation>Every line of this trade already has a goods code.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter at least one goods code.</source>
        <translation>Enter at least one goods code.</translation>
    </message>
</context>
<context>
    <name>SkuMappingEditDialog</name>
    <message>
        <location filename="../ui/skumappingspage.cpp" line="+25"/>
        <source>Edit goods mapping</source>
        <translation>Edit goods mapping</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add goods mapping</source>
        <translation>Add goods mapping</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 600000000123</source>
        <translation>e.g. 600000000123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: every SKU of the item</source>
        <translation>empty: every SKU of the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>our goods code, e.g. TS-001-BK-XL</source>
        <translation>our goods code, e.g. TS-001-BK-XL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform item ID:</source>
        <translation>Platform item ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform SKU ID:</source>
        <translation>Platform SKU ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods code:</source>
        <translation>Goods code:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the shop.</source>
        <translation>Choose the shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the platform item ID.</source>
        <translation>Enter the platform item ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter our goods code.</source>
        <translation>Enter our goods code.</translation>
    </message>
</context>
<context>
    <name>SkuMappingImport</name>
    <message>
        <location filename="../core/workflow/skumappingimport.cpp" line="+95"/>
        <source>The file has no header row naming the columns. The first row should name them: %1.</source>
        <translation>The file has no header row naming the columns. The first row should name them: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No platform item ID.</source>
        <translation>No platform item ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No goods code.</source>
        <translation>No goods code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown shop “%1”.</source>
        <translation>Unknown shop “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shop: add a shop column or choose the shop for rows without one.</source>
        <translation>No shop: add a shop column or choose the shop for rows without one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate: row %1 maps the same item and SKU.</source>
        <translation>Duplicate: row %1 maps the same item and SKU.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>店铺 (shop, optional), 平台商品ID (platform item ID), 平台SKU ID (optional), 商品编码 (our goods code, also 商家编码 / outer id)</source>
        <translation>店铺 (shop, optional), 平台商品ID (platform item ID), 平台SKU ID (optional), 商品编码 (our goods code, also 商家编码 / outer id)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 refused</source>
        <translation>%1 added, %2 updated, %3 unchanged, %4 refused</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SkuMappingsPage</name>
    <message>
        <location filename="../ui/skumappingspage.cpp" line="+8"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This goods mapping no longer exists.</source>
        <translation>This goods mapping no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove goods mappings</source>
        <translation>Remove goods mappings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import goods mappings</source>
        <translation>Import goods mappings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Goods mapping saved.</source>
        <translation>Goods mapping saved.</translation>
    </message>
</context>
<context>
    <name>StateLabels</name>
    <message>
        <location filename="../ui/statelabels.cpp" line="+19"/>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, awaiting shipment</source>
        <translation>Paid, awaiting shipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly shipped</source>
        <translation>Partly shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signed for</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No payment created</source>
        <translation>No payment created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid, shipping blocked</source>
        <translation>Paid, shipping blocked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting seller</source>
        <translation>Awaiting seller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting return</source>
        <translation>Awaiting return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods returned</source>
        <translation>Goods returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by seller</source>
        <translation>Refused by seller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund closed</source>
        <translation>Refund closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Order download</source>
        <translation>Order download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap fill</source>
        <translation>Gap fill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund download</source>
        <translation>Refund download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail download</source>
        <translation>Detail download</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant code</source>
        <translation>Merchant code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Converted to sales order</source>
        <translation>Converted to sales order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade removed</source>
        <translation>Trade removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade marked processed</source>
        <translation>Trade marked processed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order confirmed</source>
        <translation>Order confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order held</source>
        <translation>Order held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order released</source>
        <translation>Order released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order shipped</source>
        <translation>Order shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order cancelled</source>
        <translation>Order cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order completed</source>
        <translation>Order completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on the platform (cash on delivery)</source>
        <translation>Paid on the platform (cash on delivery)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings acknowledged</source>
        <translation>Warnings acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund converted</source>
        <translation>Refund converted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return order created</source>
        <translation>Return order created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund refused</source>
        <translation>Refund refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund marked processed</source>
        <translation>Refund marked processed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned goods received</source>
        <translation>Returned goods received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods mapping set</source>
        <translation>Goods mapping set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods mapping removed</source>
        <translation>Goods mapping removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator password reset on the machine</source>
        <translation>Administrator password reset on the machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account enabled or disabled</source>
        <translation>Account enabled or disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name changed</source>
        <translation>Display name changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop added</source>
        <translation>Shop added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop changed</source>
        <translation>Shop changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop enabled or disabled</source>
        <translation>Shop enabled or disabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules changed</source>
        <translation>Schedules changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push receiver settings changed</source>
        <translation>Push receiver settings changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM settings changed</source>
        <translation>CRM settings changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales order</source>
        <translation>Sales order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund request</source>
        <translation>Refund request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods mapping</source>
        <translation>Goods mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Pushed order</source>
        <translation>Pushed order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM callback</source>
        <translation>CRM callback</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../core/domain/states.cpp" line="+85"/>
        <source>Only an unconfirmed order can be confirmed.</source>
        <translation>Only an unconfirmed order can be confirmed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>The order is on hold; release it first.</source>
        <translation>The order is on hold; release it first.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>The order has an open refund request; settle it first.</source>
        <translation>The order has an open refund request; settle it first.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Only an order that has not been shipped can be put on hold.</source>
        <translation>Only an order that has not been shipped can be put on hold.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is already on hold.</source>
        <translation>The order is already on hold.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is not on hold.</source>
        <translation>The order is not on hold.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a confirmed order can be shipped.</source>
        <translation>Only a confirmed order can be shipped.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The order has been refunded in full.</source>
        <translation>The order has been refunded in full.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an order that has not been shipped can be cancelled.</source>
        <translation>Only an order that has not been shipped can be cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a shipped order can be completed.</source>
        <translation>Only a shipped order can be completed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is cancelled.</source>
        <translation>The order is cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing paid is left to refund on this order.</source>
        <translation>Nothing paid is left to refund on this order.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This refund request has already been handled.</source>
        <translation>This refund request has already been handled.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trade has already been converted to a sales order.</source>
        <translation>The trade has already been converted to a sales order.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trade has been marked as processed.</source>
        <translation>The trade has been marked as processed.</translation>
    </message>
    <message>
        <location filename="../core/domain/types.cpp" line="+20"/>
        <source>Taobao (TOP)</source>
        <translation>Taobao (TOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mall (push)</source>
        <translation>Mall (push)</translation>
    </message>
    <message>
        <location filename="../ui/statestrings.cpp" line="+7"/>
        <source>Viewing records</source>
        <translation>Viewing records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting a trade to a sales order</source>
        <translation>Converting a trade to a sales order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing a trade</source>
        <translation>Removing a trade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marking a record as processed</source>
        <translation>Marking a record as processed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirming an order</source>
        <translation>Confirming an order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping an order</source>
        <translation>Shipping an order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holding or releasing an order</source>
        <translation>Holding or releasing an order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusing a refund</source>
        <translation>Refusing a refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partial refund</source>
        <translation>A partial refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>Cancelling an order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converting a refund request</source>
        <translation>Converting a refund request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving returned goods</source>
        <translation>Receiving returned goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing shops</source>
        <translation>Managing shops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing users</source>
        <translation>Managing users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the CRM settings</source>
        <translation>Changing the CRM settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying CRM events</source>
        <translation>Retrying CRM events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing the goods mapping</source>
        <translation>Editing the goods mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is logged in; log in first.</source>
        <translation>Nobody is logged in; log in first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an administrator</source>
        <translation>an administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>a supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs %2; you are logged in as %3 (%4). Ask a %5 to do it.</source>
        <translation>%1 needs %2; you are logged in as %3 (%4). Ask a %5 to do it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least 6 characters.</source>
        <translation>The password must have at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../core/domain/states.cpp" line="+52"/>
        <location line="+56"/>
        <location line="+26"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+56"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+58"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location line="-50"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Unconfirmed</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="-26"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-46"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Partly refunded</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Not shipped</source>
        <translation>Not shipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Partly returned</source>
        <translation>Partly returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Awaiting goods</source>
        <translation>Awaiting goods</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Awaiting callback</source>
        <translation>Awaiting callback</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/statestrings.cpp" line="+1"/>
        <source>The trade is closed or cancelled on the platform.</source>
        <translation>The trade is closed or cancelled on the platform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trade is not paid and not cash on delivery.</source>
        <translation>The trade is not paid and not cash on delivery.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line &quot;%1&quot; is under refund (%2); settle the refund first.</source>
        <translation>The line &quot;%1&quot; is under refund (%2); settle the refund first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trade has no goods lines.</source>
        <translation>The trade has no goods lines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund request %1 no longer exists.</source>
        <translation>Refund request %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunding %1 would exceed what was paid on order %2: paid %3, already refunded %4, at most %5 left.</source>
        <translation>Refunding %1 would exceed what was paid on order %2: paid %3, already refunded %4, at most %5 left.</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../core/io/tablereader.cpp" line="+50"/>
        <location line="+79"/>
        <location filename="../core/io/xlsxreader.cpp" line="+260"/>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>This is not a text (CSV) file.</source>
        <translation>This is not a text (CSV) file.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../core/io/xlsxreader.cpp" line="+41"/>
        <source>The sheet has more than %1 rows.</source>
        <translation>The sheet has more than %1 rows.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The CSV file ends inside a quoted cell (row %1).</source>
        <translation>The CSV file ends inside a quoted cell (row %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv.</source>
        <translation>Old Excel files (.xls) cannot be read: save the file as .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../core/io/xlsxreader.cpp" line="-281"/>
        <source>This is not a readable Excel (.xlsx) file: %1</source>
        <translation>This is not a readable Excel (.xlsx) file: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file is too short.</source>
        <translation>the file is too short.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no zip directory found (the file is damaged or not an .xlsx).</source>
        <translation>no zip directory found (the file is damaged or not an .xlsx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>zip64 archives are not supported.</source>
        <translation>zip64 archives are not supported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip directory lies outside the file.</source>
        <translation>the zip directory lies outside the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many parts in the file.</source>
        <translation>too many parts in the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>the zip directory is damaged.</source>
        <translation>the zip directory is damaged.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the part %1 is missing.</source>
        <translation>the part %1 is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is encrypted (protected with a password).</source>
        <translation>the file is encrypted (protected with a password).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the part %1 is damaged.</source>
        <translation>the part %1 is damaged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>the part %1 is cut off (the file is incomplete).</source>
        <translation>the part %1 is cut off (the file is incomplete).</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the part %1 uses an unsupported compression.</source>
        <translation>the part %1 uses an unsupported compression.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Excel file unpacks to more than %1 MB; split it into smaller files.</source>
        <translation>The Excel file unpacks to more than %1 MB; split it into smaller files.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the decompressor could not start.</source>
        <translation>the decompressor could not start.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the part %1 is damaged (it does not unpack).</source>
        <translation>the part %1 is damaged (it does not unpack).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 is not well-formed XML (%2).</source>
        <translation>%1 is not well-formed XML (%2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the workbook has no sheet.</source>
        <translation>the workbook has no sheet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the workbook&apos;s first sheet is not in the file.</source>
        <translation>the workbook&apos;s first sheet is not in the file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a zip archive (an .xls from old Excel? Save it as .xlsx).</source>
        <translation>it is not a zip archive (an .xls from old Excel? Save it as .xlsx).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>too many shared strings.</source>
        <translation>too many shared strings.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cell %1 refers to a missing shared string.</source>
        <translation>cell %1 refers to a missing shared string.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../core/domain/text.cpp" line="+14"/>
        <source>%1 contains characters that cannot be stored (a NUL character or broken Unicode).</source>
        <translation>%1 contains characters that cannot be stored (a NUL character or broken Unicode).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too long: %2 characters (at most %3).</source>
        <translation>%1 is too long: %2 characters (at most %3).</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../ui/timelinedialog.cpp" line="+15"/>
        <source>Timeline of order %1</source>
        <translation>Timeline of order %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>TopClient</name>
    <message>
        <location filename="../core/platforms/top/topparse.cpp" line="+20"/>
        <source>The platform sent an invalid value for %1 %2: field %3 = &quot;%4&quot;.</source>
        <translation>The platform sent an invalid value for %1 %2: field %3 = &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../core/platforms/top/topclient.cpp" line="+85"/>
        <source>The session token of shop %1 has expired or is invalid: authorise the shop again (%2).</source>
        <translation>The session token of shop %1 has expired or is invalid: authorise the shop again (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform rejected the signature of shop %1: check the shop&apos;s app secret and sign method (%2).</source>
        <translation>The platform rejected the signature of shop %1: check the shop&apos;s app secret and sign method (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform does not know the app key of shop %1: check the shop settings (%2).</source>
        <translation>The platform does not know the app key of shop %1: check the shop settings (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused the request time of shop %1: set this computer&apos;s clock right (%2).</source>
        <translation>The platform refused the request time of shop %1: set this computer&apos;s clock right (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform refused the request of shop %1: %2</source>
        <translation>The platform refused the request of shop %1: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not reach the platform for shop %1: %2</source>
        <translation>Could not reach the platform for shop %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>The platform sent an unreadable answer for shop %1.</source>
        <translation>The platform sent an unreadable answer for shop %1.</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>A memo flag is 0 to 5, not %1.</source>
        <translation>A memo flag is 0 to 5, not %1.</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+115"/>
        <source>The platform limits the calls of shop %1 for %2 seconds.</source>
        <translation>The platform limits the calls of shop %1 for %2 seconds.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The platform had a temporary failure for shop %1: %2 %3</source>
        <translation>The platform had a temporary failure for shop %1: %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform&apos;s answer for shop %1 lacks %2.</source>
        <translation>The platform&apos;s answer for shop %1 lacks %2.</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+25"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../core/platforms/top/topparse.cpp" line="+37"/>
        <location line="+20"/>
        <source>a trade</source>
        <translation>a trade</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>trade</source>
        <translation>trade</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>a refund</source>
        <translation>a refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <location filename="../core/platforms/top/topclient.cpp" line="+240"/>
        <source>The platform sent no trade %1 for shop %2.</source>
        <translation>The platform sent no trade %1 for shop %2.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The platform sent no refund %1 for shop %2.</source>
        <translation>The platform sent no refund %1 for shop %2.</translation>
    </message>
</context>
<context>
    <name>TopPlatform</name>
    <message>
        <location filename="../core/platforms/top/topplatform.cpp" line="+30"/>
        <source>Shop %1 has no TOP gateway address.</source>
        <translation>Shop %1 has no TOP gateway address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sign method &quot;%1&quot; for shop %2.</source>
        <translation>Unknown sign method &quot;%1&quot; for shop %2.</translation>
    </message>
</context>
<context>
    <name>TradeDetailDialog</name>
    <message>
        <location filename="../ui/tradedetaildialog.cpp" line="+32"/>
        <source>Trade details</source>
        <translation>Trade details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade:</source>
        <translation>Trade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Buyer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver:</source>
        <translation>Receiver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts:</source>
        <translation>Amounts:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shipment:</source>
        <translation>Shipment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line ID</source>
        <translation>Line ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merchant code</source>
        <translation>Merchant code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goods lines</source>
        <translation>Goods lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw payload</source>
        <translation>Raw payload</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This trade no longer exists.</source>
        <translation>This trade no longer exists.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚠ Held by a conversion rule: %1</source>
        <translation>⚠ Held by a conversion rule: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ The mobile %1 is on the blacklist (%2).</source>
        <translation>⚠ The mobile %1 is on the blacklist (%2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ The buyer %1 is on the blacklist (%2).</source>
        <translation>⚠ The buyer %1 is on the blacklist (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no note</source>
        <translation>no note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupon</source>
        <translation>coupon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full reduction</source>
        <translation>full reduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price change by the shop</source>
        <translation>price change by the shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trade details — %1</source>
        <translation>Trade details — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paid %1</source>
        <translation> · paid %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · cash on delivery</source>
        <translation> · cash on delivery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · closed</source>
        <translation> · closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · created %3 · modified %4%5</source>
        <translation>%1 · %2 · created %3 · modified %4%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2, %3 %4 %5 %6</source>
        <translation>%1 %2, %3 %4 %5 %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods %1 + freight %2 − discount %3 = paid %4</source>
        <translation>Goods %1 + freight %2 − discount %3 = paid %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 +%2 (markup)</source>
        <translation>%1 +%2 (markup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount: %1</source>
        <translation>Discount: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The platform&apos;s amounts do not add up: goods − discount + freight differs from the paid amount by %1. The trade is kept as the platform sent it.</source>
        <translation>⚠ The platform&apos;s amounts do not add up: goods − discount + freight differs from the paid amount by %1. The trade is kept as the platform sent it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not shipped by the platform)</source>
        <translation>(not shipped by the platform)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped by the platform: %1 %2 at %3</source>
        <translation>Shipped by the platform: %1 %2 at %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buyer: %1</source>
        <translation>Buyer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seller: %1</source>
        <translation>Seller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Trades</name>
    <message>
        <location filename="../core/storage/traderepository.cpp" line="+17"/>
        <source>Trade %1 no longer exists (removed by someone else?).</source>
        <translation>Trade %1 no longer exists (removed by someone else?).</translation>
    </message>
    <message>
        <location filename="../core/workflow/tradeactions.cpp" line="+50"/>
        <source>Trade %1 of %2 removed from the pending pool; the next download brings it back.</source>
        <translation>Trade %1 of %2 removed from the pending pool; the next download brings it back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade %1 of %2 marked processed; it will not be downloaded again.</source>
        <translation>Trade %1 of %2 marked processed; it will not be downloaded again.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/userdialog.cpp" line="+15"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Initial password:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least 6 characters. Tell the user in person; it is never shown again.</source>
        <translation>At least 6 characters. Tell the user in person; it is never shown again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password must have at least 6 characters.</source>
        <translation>The password must have at least 6 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a login.</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login must not contain spaces.</source>
        <translation>A login must not contain spaces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a different role.</source>
        <translation>Choose a different role.</translation>
    </message>
</context>
<context>
    <name>WriteBack</name>
    <message>
        <location filename="../core/workflow/platformwriteback.cpp" line="+18"/>
        <location line="+12"/>
        <source>Recorded locally (no write-back for this platform).</source>
        <translation>Recorded locally (no write-back for this platform).</translation>
    </message>
    <message>
        <location filename="../core/gateway/gatewaywriteback.cpp" line="-70"/>
        <source>the shipment of %1</source>
        <translation>the shipment of %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the refusal of refund %1</source>
        <translation>the refusal of refund %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In team mode only the gateway reaches the platform, and no gateway is running: %1 was not sent and nothing was changed. Start the gateway and try again.</source>
        <translation>In team mode only the gateway reaches the platform, and no gateway is running: %1 was not sent and nothing was changed. Start the gateway and try again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The gateway did not answer within %1 seconds, so nothing was changed here. See request %2 under gateway requests: if it ends done, the platform has %3 and this desk should mark it the same.</source>
        <translation>The gateway did not answer within %1 seconds, so nothing was changed here. See request %2 under gateway requests: if it ends done, the platform has %3 and this desk should mark it the same.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shop no longer exists.</source>
        <translation>The shop no longer exists.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The refund request no longer exists.</source>
        <translation>The refund request no longer exists.</translation>
    </message>
</context>
<context>
    <name>firstrun::AdminPage</name>
    <message>
        <location filename="../ui/firstrunwizard.cpp" line="-187"/>
        <source>Welcome to OrderDesk</source>
        <translation>Welcome to OrderDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no users yet. Create the administrator: the account that adds shops, staff and the CRM link.</source>
        <translation>This database has no users yet. Create the administrator: the account that adds shops, staff and the CRM link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 6 characters; longer, with digits and capitals, is better. Write the login down: a forgotten password is reset by another administrator, or on this computer with orderdesk-gateway --reset-password.</source>
        <translation>At least 6 characters; longer, with digits and capitals, is better. Write the login down: a forgotten password is reset by another administrator, or on this computer with orderdesk-gateway --reset-password.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a login.</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>The two passwords differ: type the same password twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the administrator…</source>
        <translation>Creating the administrator…</translation>
    </message>
</context>
<context>
    <name>firstrun::CrmPage</name>
    <message>
        <location filename="../ui/firstrunpages.cpp" line="+131"/>
        <source>The CRM link</source>
        <translation>The CRM link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change of a sales order goes to the company&apos;s CRM through the ShopEx matrix. Leave the gateway address empty and press Next to skip.</source>
        <translation>Every change of a sales order goes to the company&apos;s CRM through the ShopEx matrix. Leave the gateway address empty and press Next to skip.</translation>
    </message>
</context>
<context>
    <name>firstrun::DonePage</name>
    <message>
        <location filename="../ui/firstrunwizard.cpp" line="+22"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything skipped can be done later in Settings.</source>
        <translation>Anything skipped can be done later in Settings.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No shop yet: add one in Settings → Shops.</source>
        <translation>No shop yet: add one in Settings → Shops.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop %1 (%2): %3</source>
        <translation>Shop %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloaded orders arrive in %1 and, with their details, in %2.</source>
        <translation>Downloaded orders arrive in %1 and, with their details, in %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed orders arrive in %1.</source>
        <translation>Pushed orders arrive in %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the mall %1 this address and app key:</source>
        <translation>Give the mall %1 this address and app key:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none set)</source>
        <translation>(none set)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s) received.</source>
        <translation>
            <numerusform>%n order(s) received.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mall reaches us, but its pushes were refused: %1</source>
        <translation>The mall reaches us, but its pushes were refused: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the first push.</source>
        <translation>Waiting for the first push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the firewall allow incoming connections on port %1 (Windows asks at the first start); a mall outside this network needs a port forward or an HTTPS proxy.</source>
        <translation>Let the firewall allow incoming connections on port %1 (Windows asks at the first start); a mall outside this network needs a port forward or an HTTPS proxy.</translation>
    </message>
</context>
<context>
    <name>firstrun::ReceiverPage</name>
    <message>
        <location filename="../ui/firstrunpages.cpp" line="-28"/>
        <source>Receiving pushed orders</source>
        <translation>Receiving pushed orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where this computer listens for orders that a mall pushes. Without a pushing mall the defaults are fine.</source>
        <translation>Where this computer listens for orders that a mall pushes. Without a pushing mall the defaults are fine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Firewall: allow incoming connections to OrderDesk on this port (Windows asks the first time it listens). A mall on the internet reaches this computer only through a port forward on the router or, better, an HTTPS reverse proxy.</source>
        <translation>Firewall: allow incoming connections to OrderDesk on this port (Windows asks the first time it listens). A mall on the internet reaches this computer only through a port forward on the router or, better, an HTTPS reverse proxy.</translation>
    </message>
</context>
<context>
    <name>firstrun::SchedulePage</name>
    <message>
        <location line="+54"/>
        <source>Download schedule</source>
        <translation>Download schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often each Taobao/Tmall shop is asked for new and changed orders. The first run reads back as far as its look-back (three days here).</source>
        <translation>How often each Taobao/Tmall shop is asked for new and changed orders. The first run reads back as far as its look-back (three days here).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No shop to download from: pushing malls need no schedule.</source>
        <translation>No shop to download from: pushing malls need no schedule.</translation>
    </message>
</context>
<context>
    <name>firstrun::ShopPage</name>
    <message>
        <location line="-138"/>
        <source>The first shop</source>
        <translation>The first shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Taobao/Tmall shop (TOP) is downloaded from the platform; a WeChat mall pushes its orders to us. Leave the code empty and press Next to skip.</source>
        <translation>A Taobao/Tmall shop (TOP) is downloaded from the platform; a WeChat mall pushes its orders to us. Leave the code empty and press Next to skip.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and add another shop</source>
        <translation>Save and add another shop</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/appoptions.cpp" line="+9"/>
        <source>OrderDesk order management</source>
        <translation>OrderDesk order management</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with simulated platforms and CRM on loopback and a fresh database.</source>
        <translation>Start with simulated platforms and CRM on loopback and a fresh database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: an SQLite file path or a PostgreSQL connection string.</source>
        <translation>Database: an SQLite file path or a PostgreSQL connection string.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language: zh_CN (default) or en.</source>
        <translation>Interface language: zh_CN (default) or en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a screenshot of every page to this folder and quit.</source>
        <translation>Write a screenshot of every page to this folder and quit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit on its own after this many seconds (for unattended demo runs).</source>
        <translation>Quit on its own after this many seconds (for unattended demo runs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the SQL drivers, the database and the translations, print a report and quit.</source>
        <translation>Check the SQL drivers, the database and the translations, print a report and quit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the self-check report to this file.</source>
        <translation>Also write the self-check report to this file.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--quit-after needs a number of seconds greater than 0.</source>
        <translation>--quit-after needs a number of seconds greater than 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;: use zh_CN or en.</translation>
    </message>
</context>
</TS>
