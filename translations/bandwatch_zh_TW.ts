<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AlertsConfig</name>
    <message>
        <location filename="../src/alerts/alertsconfig.cpp" line="+30"/>
        <source>quota &quot;%1&quot; selects source &quot;%2&quot;, which is not configured</source>
        <translation>配額「%1」選取了資料來源「%2」，但該資料來源未設定</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <location filename="../ui/apikeydialog.ui" line="+14"/>
        <source>Create API Key</source>
        <translation>建立 API 金鑰</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. prometheus</source>
        <translation>例如 prometheus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Scope:</source>
        <translation>權限(&amp;S):</translation>
    </message>
</context>
<context>
    <name>Bandwatch</name>
    <message>
        <location filename="../src/app/configloader.cpp" line="+76"/>
        <source>give only one of %1, %1_file and %1_keychain</source>
        <translation>%1、%1_file 與 %1_keychain 只能提供其中一個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must name a keychain entry</source>
        <translation>%1 必須指定一個鑰匙圈項目</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>key &quot;%1&quot; appears twice in the same mapping</source>
        <translation>鍵「%1」在同一對應中出現了兩次</translation>
    </message>
    <message>
        <location filename="../src/storage/historyconnection.cpp" line="+27"/>
        <source>cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Qt SQLite driver does not expose its sqlite3 handle</source>
        <translation>Qt SQLite 驅動程式未公開其 sqlite3 控制代碼</translation>
    </message>
    <message>
        <location filename="../src/alerts/alertformatter.cpp" line="+22"/>
        <source>volume</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bandwidth</source>
        <translation>頻寬</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th-percentile</source>
        <translation>第 95 百分位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in (received)</source>
        <translation>下行（接收）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out (sent)</source>
        <translation>上行（傳送）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in and out</source>
        <translation>下行與上行</translation>
    </message>
    <message>
        <location filename="../src/alerts/alertstore.cpp" line="+24"/>
        <source>alert database: %1</source>
        <translation>警報資料庫：%1</translation>
    </message>
    <message>
        <location filename="../src/alerts/notificationconfig.cpp" line="+61"/>
        <source>%1: give either %2 or %2_file, not both</source>
        <translation>%1：只能提供 %2 或 %2_file 其中之一，不可同時提供</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location filename="../src/app/configloader.cpp" line="-31"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 must be a duration from 100ms to 1d, e.g. 30s</source>
        <translation>%1：%2 必須是 100ms 到 1d 之間的時間長度，例如 30s</translation>
    </message>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="+124"/>
        <source>exporter.api_keys must be a list of {name, scope, key_file} or {name, scope, key}</source>
        <translation>exporter.api_keys 必須是由 {name, scope, key_file} 或 {name, scope, key} 組成的清單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>each API key must be a mapping with name, scope and key_file (or key)</source>
        <translation>每個 API 金鑰必須是包含 name、scope 與 key_file（或 key）的對應</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key without a name</source>
        <translation>API 金鑰缺少名稱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key name &quot;%1&quot; is used twice</source>
        <translation>API 金鑰名稱「%1」被使用了兩次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key &quot;%1&quot;: scope must be read or write</source>
        <translation>API 金鑰「%1」：scope 必須為 read 或 write</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key &quot;%1&quot; needs exactly one of key (e.g. &quot;${ENV_VAR}&quot;) and key_file</source>
        <translation>API 金鑰「%1」必須且只能提供 key（例如 &quot;${ENV_VAR}&quot;）與 key_file 其中之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>API key &quot;%1&quot;: %2</source>
        <translation>API 金鑰「%1」：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API key &quot;%1&quot; is written inline; prefer key: &quot;${ENV_VAR}&quot; or key_file</source>
        <translation>API 金鑰「%1」以明文直接寫在設定中；建議使用 key: &quot;${ENV_VAR}&quot; 或 key_file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; is empty</source>
        <translation>API 金鑰「%1」為空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; contains white space, which an Authorization header cannot carry</source>
        <translation>API 金鑰「%1」包含空白字元，Authorization 標頭無法攜帶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key &quot;%1&quot; is shorter than 16 characters; use a long random key (e.g. openssl rand -hex 32)</source>
        <translation>API 金鑰「%1」短於 16 個字元；請使用較長的隨機金鑰（例如 openssl rand -hex 32）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; has the same value as another key</source>
        <translation>API 金鑰「%1」與另一個金鑰的值相同</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exporter.tls must be a mapping: {cert_file, key_file} or {self_signed: true}</source>
        <translation>exporter.tls 必須是對應：{cert_file, key_file} 或 {self_signed: true}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>exporter.tls: give either cert_file and key_file, or self_signed: true, not both</source>
        <translation>exporter.tls：請提供 cert_file 與 key_file，或是 self_signed: true，不可同時提供</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exporter.tls needs both cert_file and key_file</source>
        <translation>exporter.tls 需要同時提供 cert_file 與 key_file</translation>
    </message>
    <message>
        <location filename="../src/app/configeditor.cpp" line="+35"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/keychain.cpp" line="+49"/>
        <source>keychain error %1</source>
        <translation>鑰匙圈錯誤 %1</translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/akamaireportresponse.cpp" line="+28"/>
        <source>Akamai error %1 %2</source>
        <translation>Akamai 錯誤 %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (next request allowed at %1)</source>
        <translation>（下次請求允許的時間：%1）</translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnresponse.cpp" line="+20"/>
        <source>Alibaba Cloud error %1: %2 (RequestId %3)</source>
        <translation>阿里雲錯誤 %1：%2（RequestId %3）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alibaba Cloud: the response has no valid DataInterval</source>
        <translation>阿里雲：回應中沒有有效的 DataInterval</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alibaba Cloud: invalid data point (TimeStamp &quot;%1&quot;)</source>
        <translation>阿里雲：無效的資料點（TimeStamp「%1」）</translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/cloudwatchmetricdataresponse.cpp" line="+109"/>
        <source>AWS error %1: %2 (RequestId %3)</source>
        <translation>AWS 錯誤 %1：%2（RequestId %3）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AkamaiReportResponse</name>
    <message>
        <location filename="../src/sources/cdn/akamaireportresponse.cpp" line="+38"/>
        <source>Akamai: the response has no data list</source>
        <translation>Akamai：回應中沒有資料清單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akamai: the report was cut at its row limit (hasMoreRows); shorten lookback or use fewer hostnames</source>
        <translation>Akamai：報告在列數上限處被截斷（hasMoreRows）；請縮短 lookback 或減少主機名稱</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Akamai: a row has no hostname or no valid edgeBytesSum</source>
        <translation>Akamai：某列沒有主機名稱或沒有有效的 edgeBytesSum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akamai: a row of %1 has no valid %2</source>
        <translation>Akamai：%1 的某列沒有有效的 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akamai: rows without a time dimension need metadata start and end</source>
        <translation>Akamai：沒有時間維度的列需要中繼資料中的 start 與 end</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertFormatter</name>
    <message>
        <location filename="../src/alerts/alertformatter.cpp" line="+30"/>
        <source>%1: projected to exceed the %2 quota%3 (%4 of %5 used, %6 expected by the end of the cycle)</source>
        <translation>%1：預計%3超出 %2 配額（已用 %4 / %5，預計週期結束時達到 %6）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> on %1</source>
        <translation>將於 %1 </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 of the %3 quota reached (%4 of %5)</source>
        <translation>%1：已達到 %3 配額的 %2（%4 / %5）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 95th percentile of this cycle will exceed the limit whatever happens next.</source>
        <translation>無論接下來發生什麼，本週期的第 95 百分位值都將超過上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bursts above the limit still allowed this cycle: %1 five-minute intervals (%2).</source>
        <translation>本週期仍允許超過上限的突發：%1 個五分鐘區間（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At this pace (%1/day%2): %3 by the end of the cycle (%4 of the limit).</source>
        <translation>依此速度（%1/天%2）：週期結束時將達到 %3（上限的 %4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, shaped by the weekday profile</source>
        <translation>，依星期分布調整</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projected to exceed the quota on %1.</source>
        <translation>預計將於 %1 超出配額。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 (%3) used; %4 days left in the cycle.</source>
        <translation>已使用 %2 中的 %1（%3）；本週期還剩 %4 天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 against a limit of %2 (%3); %4 days left in the cycle.</source>
        <translation>%1，上限為 %2（%3）；本週期還剩 %4 天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected to exceed the quota before the cycle ends.</source>
        <translation>預計將在週期結束前超出配額。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bandwatch quota warning: projected to exceed the limit before the cycle ends</source>
        <translation>Bandwatch 配額警報：預計將在週期結束前超出上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwatch quota alert: %1 reached</source>
        <translation>Bandwatch 配額警報：已達到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota:       %1 (%2)</source>
        <translation>配額：      %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:        %1, direction %2</source>
        <translation>類型：      %1，方向 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Series:      %1 (%n series)</source>
        <translation>
            <numerusform>序列：      %1（%n 個序列）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning:     a projection, not a crossing: at this pace the limit is exceeded on %1, %2 expected by the end of the cycle</source>
        <translation>警告：      這是預測，並非已超出：依目前速度，將於 %1 超出上限，預計週期結束時達到 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold:   %1 of the limit</source>
        <translation>門檻：      上限的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used:        %1 of %2 (%3; %4 of %5 bytes)</source>
        <translation>已用：      %1 / %2（%3；%4 / %5 位元組）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value:       %1 against a limit of %2 (%3; %4 of %5 bit/s)</source>
        <translation>數值：      %1，上限為 %2（%3；%4 / %5 bit/s）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle:       %1 to %2 (%3), %4 days left</source>
        <translation>週期：      %1 至 %2（%3），還剩 %4 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget left: %1 (%2 per day for the rest of the cycle)</source>
        <translation>剩餘預算：  %1（本週期剩餘時間內每天 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projection:  %1</source>
        <translation>預測：      %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>             %1 expected on %2</source>
        <translation>            預計於 %2 達到 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per series:</source>
        <translation>各序列：</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ……以及其他 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fired at %1 (%2).</source>
        <translation>觸發於 %1（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This warning is sent at most once per cycle; the thresholds are still reported when they are reached.</source>
        <translation>此警告每個週期最多傳送一次；達到門檻時仍會照常回報。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each threshold is reported once per cycle.</source>
        <translation>每個門檻在每個週期只回報一次。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertService</name>
    <message>
        <location filename="../src/alerts/alertservice.cpp" line="+101"/>
        <source>alerts need an open history database</source>
        <translation>警報需要已開啟的歷史資料庫</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n alert(s) waiting in the outbox from before</source>
        <translation>
            <numerusform>寄件匣中有 %n 則先前遺留的警報等待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>alert notifications paused until %1; alerts are kept in the outbox</source>
        <translation>警報通知已暫停至 %1；警報會保留在寄件匣中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>alert notifications resumed</source>
        <translation>警報通知已恢復</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not sent: notifications were paused and a later alert for the same threshold replaced it</source>
        <translation>未傳送：通知暫停期間，同一門檻的較新警報取代了它</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent: notifications were paused and the threshold was armed again (the limit was raised) before they resumed</source>
        <translation>未傳送：通知暫停期間，在恢復之前該門檻已重新啟用（上限已提高）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alert %1 (%2, quota %3): %4</source>
        <translation>警報 %1（%2，配額 %3）：%4</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>quota %1: cannot record the alert state: %2</source>
        <translation>配額 %1：無法記錄警報狀態：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quota %1: the limit was raised to %2; the &quot;projected to exceed&quot; warning is armed again</source>
        <translation>配額 %1：上限已提高到 %2；「預計超出」警告已重新啟用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quota %1: the limit was raised to %2; the %3 % threshold is armed again</source>
        <translation>配額 %1：上限已提高到 %2；%3 % 門檻已重新啟用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quota alert: %1 [quota %2; sent to: %3]</source>
        <translation>配額警報：%1 [配額 %2；傳送至：%3]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this log only</source>
        <translation>僅此日誌</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AliyunCdnResponse</name>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnresponse.cpp" line="+29"/>
        <location line="+60"/>
        <source>Alibaba Cloud: the response has neither TrafficDataPerInterval nor BpsDataPerInterval</source>
        <translation>阿里雲：回應中既沒有 TrafficDataPerInterval 也沒有 BpsDataPerInterval</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Alibaba Cloud: the response is not valid XML (%1 at line %2)</source>
        <translation>阿里雲：回應不是有效的 XML（第 %2 行的 %1）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AliyunCdnSource</name>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnsource.cpp" line="+41"/>
        <source>lookback: Alibaba Cloud answers 5-minute data for at most 3d per query</source>
        <translation>lookback：阿里雲每次查詢最多回傳 3d 的 5 分鐘資料</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ApiKeyDialog</name>
    <message>
        <location filename="../src/gui/apikeydialog.cpp" line="+16"/>
        <source>read: /metrics and the JSON API</source>
        <translation>read:/metrics 與 JSON API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write: also the push API</source>
        <translation>write:另含推送 API</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>已有名為「%1」的金鑰。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the client that will use the key, e.g. prometheus.</source>
        <translation>以使用此金鑰的用戶端命名,例如 prometheus。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ApiKeyListModel</name>
    <message>
        <location filename="../src/gui/apikeylistmodel.cpp" line="+65"/>
        <source>file %1</source>
        <translation>檔案 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment %1</source>
        <translation>環境變數 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inline in the configuration file</source>
        <translation>直接寫在設定檔中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>權限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in</source>
        <translation>存放位置</translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthChart</name>
    <message>
        <location filename="../src/gui/bandwidthchart.cpp" line="+285"/>
        <source>Select a source or series to chart it.</source>
        <translation>選取一個資料來源或序列以繪製圖表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored data for &quot;%1&quot; in this range.</source>
        <translation>此時間範圍內沒有「%1」的儲存資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for data from &quot;%1&quot;…</source>
        <translation>正在等待「%1」的資料…</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>In (received)</source>
        <translation>下行（接收）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out (sent)</source>
        <translation>上行（傳送）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>頻寬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle usage</source>
        <translation>週期用量</translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthQuery</name>
    <message>
        <location filename="../src/exporter/bandwidthquery.cpp" line="+58"/>
        <source>type must be egress, ingress, out or in; got &quot;%1&quot;</source>
        <translation>type 必須為 egress、ingress、out 或 in；實際為「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step must be a duration of at least 1s, e.g. 1m</source>
        <translation>step 必須是至少 1s 的時間長度，例如 1m</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give either lookback_duration or start and end, not both</source>
        <translation>請提供 lookback_duration，或是 start 與 end，不可同時提供</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start and end must be RFC 3339 times or Unix seconds</source>
        <translation>start 與 end 必須是 RFC 3339 時間或 Unix 秒數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end must be after start</source>
        <translation>end 必須晚於 start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lookback_duration: %1</source>
        <translation>lookback_duration：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected a duration such as 5m</source>
        <translation>應為時間長度，例如 5m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exceeded maximum resolution of %1 points per series; use a larger step</source>
        <translation>超過了每個序列 %1 個點的最大解析度；請使用更大的 step</translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthVisitor</name>
    <message>
        <location filename="../src/sources/kongbandwidth.cpp" line="+62"/>
        <source>line %1: %2 has %3=&quot;%4&quot;, expected ingress or egress</source>
        <translation>第 %1 行：%2 的 %3=「%4」，應為 ingress 或 egress</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: bandwidth counter value %2 is not a byte count</source>
        <translation>第 %1 行：頻寬計數器值 %2 不是位元組數</translation>
    </message>
</context>
<context>
    <name>Bandwatch::BillingCycle</name>
    <message>
        <location filename="../src/core/billingcycle.cpp" line="+203"/>
        <source>unknown time zone &quot;%1&quot;: use an IANA zone id such as &quot;Europe/Berlin&quot;, &quot;UTC&quot; or &quot;local&quot;</source>
        <translation>未知時區「%1」：請使用 IANA 時區 ID，例如「Europe/Berlin」、「UTC」或「local」</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>invalid start_day &quot;%1&quot; for a monthly cycle: expected a day of the month from 1 to 31</source>
        <translation>每月週期的 start_day「%1」無效：應為每月的 1 到 31 日</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>invalid start_day &quot;%1&quot; for a weekly cycle: expected a weekday (monday..sunday, mon..sun, or 1..7 with 1 = Monday)</source>
        <translation>每週週期的 start_day「%1」無效：應為星期幾（monday..sunday、mon..sun，或 1..7，其中 1 = 星期一）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown cycle period &quot;%1&quot;: expected monthly, weekly or daily</source>
        <translation>未知的週期類型「%1」：應為 monthly、weekly 或 daily</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CdnSource</name>
    <message>
        <location filename="../src/sources/cdn/cdnsource.cpp" line="+64"/>
        <source>unknown option &quot;%1&quot; for a %2 source (known: %3)</source>
        <translation>%2 資料來源不支援選項「%1」（可用：%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 source needs %2:</source>
        <translation>%1 資料來源需要 %2：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>endpoint: &quot;%1&quot; is not an http:// or https:// URL without user info</source>
        <translation>endpoint：「%1」不是不含使用者資訊的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between 0s and 31d</source>
        <translation>%1 必須在 0s 到 31d 之間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max_body: %1</source>
        <translation>max_body：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation>必須大於 0 位元組</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the provider kept answering with another page (more than %1); shorten lookback</source>
        <translation>服務商持續回傳下一頁（超過 %1 頁）；請縮短 lookback</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CdnetworksFlowResponse</name>
    <message>
        <location filename="../src/sources/cdn/cdnetworksflowresponse.cpp" line="+48"/>
        <source>CDNetworks error %1: %2</source>
        <translation>CDNetworks 錯誤 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDNetworks: the response has no resultList</source>
        <translation>CDNetworks：回應中沒有 resultList</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CDNetworks: a result has no domain (was groupBy [domain] asked?)</source>
        <translation>CDNetworks：某個結果沒有 domain（請求中是否指定了 groupBy [domain]？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDNetworks: the result for %1 has no %2 list</source>
        <translation>CDNetworks：%1 的結果中沒有 %2 清單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CDNetworks: invalid data point (timestamp &quot;%1&quot;) for %2</source>
        <translation>CDNetworks：%2 的資料點無效（timestamp「%1」）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CdnetworksSource</name>
    <message>
        <location filename="../src/sources/cdn/cdnetworkssource.cpp" line="+87"/>
        <source>a cdnetworks source needs either username: and api_key: or access_key: and secret_key:</source>
        <translation>cdnetworks 資料來源需要 username: 與 api_key:，或是 access_key: 與 secret_key:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>username: and api_key: go together</source>
        <translation>username: 與 api_key: 必須同時提供</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access_key: and secret_key: go together</source>
        <translation>access_key: 與 secret_key: 必須同時提供</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data_interval must be 1m, 5m, 1h or 1d</source>
        <translation>data_interval 必須是 1m、5m、1h 或 1d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocols may list http and https</source>
        <translation>protocols 只能列出 http 與 https</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lookback: CDNetworks answers at most 7d per query</source>
        <translation>lookback：CDNetworks 每次查詢最多回傳 7d 的資料</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ChartMenu</name>
    <message>
        <location filename="../src/gui/chartmenu.cpp" line="+55"/>
        <source>Bits per second</source>
        <translation>位元每秒（bit/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second</source>
        <translation>位元組每秒（B/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal prefixes (k = 1000)</source>
        <translation>十進位字首（k = 1000）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary prefixes (Ki = 1024)</source>
        <translation>二進位字首（Ki = 1024）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to live</source>
        <translation>返回即時</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ChartView</name>
    <message>
        <location filename="../src/gui/chartview.cpp" line="+90"/>
        <source>In: %1</source>
        <translation>接收：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out: %1</source>
        <translation>傳送：%1</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudFrontSource</name>
    <message>
        <location filename="../src/sources/cdn/cloudfrontsource.cpp" line="+63"/>
        <source>distribution_id: &quot;%1&quot; is not a CloudFront distribution ID (like E1ABCDEF23456, not the d111111abcdef8.cloudfront.net domain)</source>
        <translation>distribution_id：「%1」不是 CloudFront 分配 ID（應類似 E1ABCDEF23456，而不是 d111111abcdef8.cloudfront.net 網域名稱）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>distribution_id: at most %1 distributions per source</source>
        <translation>distribution_id：每個資料來源最多 %1 個分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>period must be 60 or 300 (seconds)</source>
        <translation>period 必須是 60 或 300（秒）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lookback: CloudWatch keeps 1-minute data for 15d; use period: 300 to reach further back</source>
        <translation>lookback：CloudWatch 的 1 分鐘資料只保留 15d；如需更早的資料，請使用 period: 300</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delay: %1</source>
        <translation>delay：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delay must be between 0s and 24h</source>
        <translation>delay 必須介於 0s 與 24h 之間</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudWatchMetricDataResponse</name>
    <message>
        <location filename="../src/sources/cdn/cloudwatchmetricdataresponse.cpp" line="+13"/>
        <location line="+32"/>
        <source>CloudWatch: the response is not valid XML (%1 at line %2)</source>
        <translation>CloudWatch：回應不是有效的 XML（第 %2 行：%1）</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>CloudWatch: &lt;%1&gt; is not a GetMetricData response</source>
        <translation>CloudWatch：&lt;%1&gt; 不是 GetMetricData 回應</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CloudWatch: a result for query &quot;%1&quot;, which was not asked</source>
        <translation>CloudWatch：收到查詢「%1」的結果，但並未請求該查詢</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CloudWatch: query %1 (%2) answered %3</source>
        <translation>CloudWatch：查詢 %1（%2）回傳 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudWatch: query %1 (%2) answered %3: %4</source>
        <translation>CloudWatch：查詢 %1（%2）回傳 %3：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CloudWatch: query %1 has %2 timestamps but %3 values</source>
        <translation>CloudWatch：查詢 %1 有 %2 個時間戳記，但有 %3 個值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CloudWatch: invalid data point (Timestamp &quot;%1&quot;, Value &quot;%2&quot;) for %3</source>
        <translation>CloudWatch：%3 的資料點無效（Timestamp「%1」，Value「%2」）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudflareResponse</name>
    <message>
        <location filename="../src/sources/cdn/cloudflareresponse.cpp" line="+53"/>
        <source>(no message)</source>
        <translation>（無訊息）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare GraphQL error: %1</source>
        <translation>Cloudflare GraphQL 錯誤：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare: the response has no data.viewer.zones list</source>
        <translation>Cloudflare：回應中沒有 data.viewer.zones 清單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudflare: no zone with this zone_id is visible to the API token (needs the Analytics:Read permission on the zone)</source>
        <translation>Cloudflare：該 API 權杖看不到具有此 zone_id 的區域（需要該區域的 Analytics:Read 權限）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloudflare: the zone has no httpRequestsAdaptiveGroups list</source>
        <translation>Cloudflare：該區域沒有 httpRequestsAdaptiveGroups 清單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloudflare: the answer hit the limit of %1 rows, so some traffic is missing; list the hosts in domains: or shorten lookback</source>
        <translation>Cloudflare：結果達到了 %1 列的上限，部分流量缺漏；請在 domains: 中列出主機，或縮短 lookback</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cloudflare: a group has no valid time dimension (datetimeMinute, datetimeFiveMinutes, datetimeFifteenMinutes or datetimeHour)</source>
        <translation>Cloudflare：某個群組沒有有效的時間維度（datetimeMinute、datetimeFiveMinutes、datetimeFifteenMinutes 或 datetimeHour）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare: a group at %1 has no valid sum.edgeResponseBytes</source>
        <translation>Cloudflare：%1 的群組沒有有效的 sum.edgeResponseBytes</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudflareSource</name>
    <message>
        <location filename="../src/sources/cdn/cloudflaresource.cpp" line="+41"/>
        <source>zone_id: &quot;%1&quot; is not a Cloudflare zone ID (32 hex digits, shown on the zone&apos;s Overview page)</source>
        <translation>zone_id：「%1」不是 Cloudflare 區域 ID（32 位十六進位數字，顯示在區域的 Overview 頁面上）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Collector</name>
    <message>
        <location filename="../src/app/collector.cpp" line="+112"/>
        <source>the last samples could not be written: %1</source>
        <translation>無法寫入最後的樣本：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new retention policy was not applied: %1</source>
        <translation>新的保留原則未套用：%1</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConfigEditor</name>
    <message>
        <location filename="../src/app/configeditor.cpp" line="+57"/>
        <source>%1: the configuration must be a mapping of sections (storage:, sources:, ...)</source>
        <translation>%1：設定必須是由各區段組成的對應（storage:、sources:、...）</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>cannot locate %1 in the file</source>
        <translation>在檔案中找不到 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+85"/>
        <source>no item %1 in %2</source>
        <translation>%2 中沒有項目 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the configuration has no file name</source>
        <translation>設定沒有檔案名稱</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was changed by another program since it was opened; reload it and make the change again</source>
        <translation>%1 在開啟後已被其他程式修改；請重新載入後再次進行修改</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConfigLoader</name>
    <message>
        <location filename="../src/app/configloader.cpp" line="+52"/>
        <source>cannot read the configuration file: %1</source>
        <translation>無法讀取設定檔：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the configuration file is larger than 4 MiB</source>
        <translation>設定檔大於 4 MiB</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the top level must be a mapping (storage:, sources:, ...), found %1</source>
        <translation>最上層必須是對應（storage:、sources: 等），實際為 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown top-level key &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的最上層鍵「%1」（應為下列之一：%2）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no enabled sources: nothing will be collected (the exporter and its push API still run if enabled)</source>
        <translation>沒有已啟用的資料來源：不會收集任何資料（如已啟用，exporter 及其推送 API 仍會執行）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;storage&quot; must be a mapping with a &quot;path&quot; key</source>
        <translation>「storage」必須是包含「path」鍵的對應</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>storage.path must be a file path</source>
        <translation>storage.path 必須是檔案路徑</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; under storage (expected path, retention)</source>
        <translation>storage 下的未知鍵「%1」（應為 path、retention）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storage.retention must be a mapping such as {raw: 48h, hour: 731d}</source>
        <translation>storage.retention 必須是對應，例如 {raw: 48h, hour: 731d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key &quot;%1&quot; under storage.retention (expected raw, minute, five_minute, hour, day)</source>
        <translation>storage.retention 下的未知鍵「%1」（應為 raw、minute、five_minute、hour、day）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>storage.retention.%1 must be a duration of at least 1h, or &quot;forever&quot;</source>
        <translation>storage.retention.%1 必須是至少 1h 的時間長度，或是「forever」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;sources&quot; must be a list of sources (each starting with &quot;- id: ...&quot;)</source>
        <translation>「sources」必須是資料來源清單（每項以「- id: ...」開頭）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source id &quot;%1&quot; is used twice</source>
        <translation>資料來源 ID「%1」重複使用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>each source must be a mapping with at least &quot;id&quot; and &quot;type&quot;</source>
        <translation>每個資料來源必須是至少包含「id」與「type」的對應</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source without &quot;id&quot;</source>
        <translation>資料來源缺少「id」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source id &quot;%1&quot; may only contain letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; (at most 64)</source>
        <translation>資料來源 ID「%1」只能包含字母、數字、「_」、「-」與「.」（最多 64 個字元）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source &quot;%1&quot; has no &quot;type&quot; (one of: %2)</source>
        <translation>資料來源「%1」缺少「type」（可選：%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a duration such as 30s</source>
        <translation>應為時間長度，例如 30s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at least 100ms</source>
        <translation>%1 必須至少為 100ms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>source &quot;%1&quot;: give %2 or %3, not both</source>
        <translation>資料來源「%1」：只能提供 %2 或 %3 其中之一，不可同時提供</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>source &quot;%1&quot;: %2</source>
        <translation>資料來源「%1」：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source &quot;%1&quot;: %2 is written inline; prefer ${ENV_VAR} or %2_file</source>
        <translation>資料來源「%1」：%2 以明文寫在設定中；建議使用 ${ENV_VAR} 或 %2_file</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create the folder of %1</source>
        <translation>無法建立 %1 所在的資料夾</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConnectionGuard</name>
    <message>
        <location filename="../src/exporter/connectionguard.cpp" line="+69"/>
        <source>the request line and headers exceed %1 bytes</source>
        <translation>請求行與標頭超過了 %1 位元組</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request body exceeds %1 bytes</source>
        <translation>請求本文超過了 %1 位元組</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send the body with a Content-Length, not chunked</source>
        <translation>請使用 Content-Length 傳送本文，不要使用分塊傳輸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed request line or Content-Length</source>
        <translation>請求行或 Content-Length 格式錯誤</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the request did not arrive completely within %1 ms</source>
        <translation>請求未在 %1 ms 內完整送達</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CycleUsageChart</name>
    <message>
        <location filename="../src/gui/cycleusagechart.cpp" line="+79"/>
        <source>Select a source or series to chart it.</source>
        <translation>選擇一個資料來源或序列以繪製圖表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No volume quota covers &quot;%1&quot;. Quotas are set in the configuration file.</source>
        <translation>沒有流量配額涵蓋「%1」。配額在設定檔中設定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle usage needs the history database.</source>
        <translation>週期用量需要歷史資料庫。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Used (%1)</source>
        <translation>已用（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 %: %2</source>
        <translation>%1 %：%2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No traffic stored in this cycle yet.</source>
        <translation>本週期尚無已儲存的流量。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::DisplayProbe</name>
    <message>
        <location filename="../src/app/displayprobe.cpp" line="+101"/>
        <source>DISPLAY=%1 is not a display name</source>
        <translation>DISPLAY=%1 不是有效的顯示器名稱</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no X server answers on DISPLAY=%1</source>
        <translation>DISPLAY=%1 上沒有 X 伺服器回應</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no Wayland compositor answers on WAYLAND_DISPLAY=%1</source>
        <translation>WAYLAND_DISPLAY=%1 上沒有 Wayland 合成器回應</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a Wayland session, but Qt&apos;s Wayland plugin (package qt6-wayland) is not installed</source>
        <translation>目前是 Wayland 工作階段，但未安裝 Qt 的 Wayland 外掛程式（套件 qt6-wayland）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DISPLAY and WAYLAND_DISPLAY are unset</source>
        <translation>DISPLAY 與 WAYLAND_DISPLAY 均未設定</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exporter</name>
    <message>
        <location filename="../src/exporter/exporter.cpp" line="+129"/>
        <source>cannot read the pushed metrics: %1</source>
        <translation>無法讀取推送的指標：%1</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterBridge</name>
    <message>
        <location filename="../src/app/exporterbridge.cpp" line="+76"/>
        <location line="+82"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>MetricNexus state not imported: %1</source>
        <translation>未匯入 MetricNexus 狀態：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported %1 pushed metric(s) from %2</source>
        <translation>已從 %2 匯入 %1 個推送指標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MetricNexus metric not imported: %1</source>
        <translation>未匯入 MetricNexus 指標：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;metrics&quot; is not a list</source>
        <translation>%1：「metrics」不是清單</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: metric %2 has no usable value; not imported</source>
        <translation>%1：指標 %2 沒有可用的值；未匯入</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterConfig</name>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="+26"/>
        <source>&quot;%1&quot;: write an IPv6 listen address as [address]:port, e.g. [::1]:18563</source>
        <translation>「%1」：IPv6 監聽位址請寫成 [位址]:連接埠，例如 [::1]:18563</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not address:port (e.g. 127.0.0.1:18563, or [::1]:18563 for IPv6)</source>
        <translation>「%1」不是 位址:連接埠 格式（例如 127.0.0.1:18563，IPv6 則為 [::1]:18563）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: the port must be a number from 0 to 65535</source>
        <translation>「%1」：連接埠必須是 0 到 65535 之間的數字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not an IP address (host names other than localhost are not resolved)</source>
        <translation>「%1」：「%2」不是 IP 位址（除 localhost 外不解析主機名稱）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to serve the exporter on %1: that address is reachable from other hosts and no API key is configured. Add exporter.api_keys (e.g. - {name: prometheus, scope: read, key_file: /etc/bandwatch/prometheus.key}) or listen on 127.0.0.1:%2 or [::1]:%2.</source>
        <translation>拒絕在 %1 上提供匯出器服務：該位址可從其他主機存取，且未設定 API 金鑰。請新增 exporter.api_keys（例如 - {name: prometheus, scope: read, key_file: /etc/bandwatch/prometheus.key}），或監聽 127.0.0.1:%2 或 [::1]:%2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;exporter&quot; must be a mapping (enabled:, listen:, api_keys:, ...)</source>
        <translation>「exporter」必須是對應（enabled:、listen:、api_keys:、...）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exporter.listen: %1</source>
        <translation>exporter.listen：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected address:port</source>
        <translation>應為 位址:連接埠</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exporter.limits must be a mapping</source>
        <translation>exporter.limits 必須是對應</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exporter.limits.max_header must be at least 1KiB</source>
        <translation>exporter.limits.max_header 必須至少為 1KiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exporter.push must be a mapping</source>
        <translation>exporter.push 必須是對應</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterPage</name>
    <message>
        <location filename="../src/gui/exporterpage.cpp" line="+97"/>
        <source>Exporter</source>
        <translation>匯出器</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Create key</source>
        <translation>建立金鑰</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The key could not be stored: %1</source>
        <translation>無法儲存金鑰:%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove key</source>
        <translation>移除金鑰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key &quot;%1&quot;? Clients using it will be refused.

Also delete its file %2?</source>
        <translation>移除金鑰「%1」?使用它的用戶端將被拒絕。

同時刪除其檔案 %2?</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Metrics: %1/metrics
API description: %1/api/v1/openapi.json
Health: %1/health</source>
        <translation>指標:%1/metrics
API 描述:%1/api/v1/openapi.json
健康檢查:%1/health</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a copy of the generated cert.pem</source>
        <translation>產生的 cert.pem 的副本</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterRouter</name>
    <message>
        <location filename="../src/exporter/exporterrouter.cpp" line="+163"/>
        <source>no such endpoint; see /api/v1/openapi.json</source>
        <translation>沒有此端點；請參閱 /api/v1/openapi.json</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterServer</name>
    <message>
        <location filename="../src/exporter/exporterserver.cpp" line="+67"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>無法在 %1 的連接埠 %2 上監聽：%3</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+60"/>
        <source>no such endpoint; see /api/v1/openapi.json</source>
        <translation>沒有此端點；請參閱 /api/v1/openapi.json</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>method not allowed here; use %1</source>
        <translation>此處不允許使用該方法；請使用 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many failed authentication attempts from %1; retry later</source>
        <translation>來自 %1 的身分驗證失敗次數過多；請稍後重試</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an API key is required: send Authorization: Bearer &lt;key&gt;</source>
        <translation>需要 API 金鑰：請傳送 Authorization: Bearer &lt;key&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key &quot;%1&quot; has scope %2; this needs %3</source>
        <translation>金鑰「%1」的權限為 %2；此操作需要 %3</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exposition::ExpositionReader</name>
    <message>
        <location filename="../src/core/expositionreader.cpp" line="+26"/>
        <source>line is longer than %1 bytes</source>
        <translation>行長度超過 %1 位元組</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>label %1 appears twice</source>
        <translation>標籤 %1 出現了兩次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 labels</source>
        <translation>標籤超過 %1 個</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exposition::OpenMetricsReader</name>
    <message>
        <location filename="../src/core/openmetricsreader.cpp" line="+65"/>
        <source>missing &quot;# EOF&quot; at the end: the body is truncated</source>
        <translation>結尾缺少「# EOF」：本文被截斷</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>histogram %1 has no +Inf bucket</source>
        <translation>直方圖 %1 沒有 +Inf 桶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the count of histogram %1 does not match its +Inf bucket</source>
        <translation>直方圖 %1 的計數與其 +Inf 桶不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has _sum without _count</source>
        <translation>直方圖 %1 有 _sum 但沒有 _count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gauge histogram %1 has _gsum without _gcount</source>
        <translation>gauge 直方圖 %1 有 _gsum 但沒有 _gcount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has a count without a sum</source>
        <translation>直方圖 %1 有計數但沒有總和</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has negative buckets and a _sum</source>
        <translation>直方圖 %1 同時有負值桶與 _sum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gauge histogram %1 has a negative _gsum but no negative bucket</source>
        <translation>gauge 直方圖 %1 的 _gsum 為負，但沒有負值桶</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>metric name %1 clashes with an earlier family (family from line %2)</source>
        <translation>指標名稱 %1 與先前的指標族衝突（指標族來自第 %2 行）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit %1 is not the suffix of metric name %2</source>
        <translation>單位 %1 不是指標名稱 %2 的後綴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 metrics cannot have a unit (%2)</source>
        <translation>%1 指標不能有單位（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>text after &quot;# EOF&quot;</source>
        <translation>「# EOF」之後還有文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blank line</source>
        <translation>空行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>invalid metadata line</source>
        <translation>無效的中繼資料行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown metadata keyword %1</source>
        <translation>未知的中繼資料關鍵字 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+208"/>
        <source>invalid metric name %1</source>
        <translation>無效的指標名稱 %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>metadata for %1 after its samples</source>
        <translation>%1 的中繼資料位於其樣本之後</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>second HELP for %1</source>
        <translation>%1 的第二個 HELP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second TYPE for %1</source>
        <translation>%1 的第二個 TYPE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid metric type %1 for %2</source>
        <translation>%2 的指標類型 %1 無效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second UNIT for %1</source>
        <translation>%1 的第二個 UNIT</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid exemplar label name</source>
        <translation>無效的 exemplar 標籤名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid label name</source>
        <translation>無效的標籤名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected =&quot; after label name %1</source>
        <translation>標籤名稱 %1 之後應為 =&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the value of label %1 is not closed</source>
        <translation>標籤 %1 的值未閉合</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation>標籤 %1 的值之後應為 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>invalid metric name</source>
        <translation>無效的指標名稱</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a space before the value of %1</source>
        <translation>%1 的值之前應有一個空格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid value %1 for %2</source>
        <translation>%2 的值 %1 無效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>trailing space after the value of %1</source>
        <translation>%1 的值之後有多餘的空格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid timestamp %1</source>
        <translation>無效的時間戳記 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected text after the timestamp of %1</source>
        <translation>%1 的時間戳記之後有非預期的文字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed exemplar</source>
        <translation>exemplar 格式錯誤</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exemplar labels are longer than 128 characters</source>
        <translation>exemplar 標籤超過 128 個字元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exemplar without a value</source>
        <translation>exemplar 沒有值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid exemplar value</source>
        <translation>無效的 exemplar 值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid exemplar timestamp</source>
        <translation>無效的 exemplar 時間戳記</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>stateset sample lacks the label %1</source>
        <translation>stateset 樣本缺少標籤 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid or missing &quot;le&quot; label</source>
        <translation>「le」標籤無效或缺漏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the +Inf bucket must be written &quot;+Inf&quot;</source>
        <translation>+Inf 桶必須寫作「+Inf」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bucket values must be integers</source>
        <translation>桶的值必須是整數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count values must be integers</source>
        <translation>計數值必須是整數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid or missing &quot;quantile&quot; label</source>
        <translation>「quantile」標籤無效或缺漏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>samples of one metric are not together</source>
        <translation>同一指標的樣本沒有放在一起</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some samples of one metric have timestamps and some do not</source>
        <translation>同一指標的樣本中有的帶時間戳記，有的不帶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timestamps go backwards</source>
        <translation>時間戳記倒退</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>stateset values must be 0 or 1</source>
        <translation>stateset 的值必須為 0 或 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info values must be 1</source>
        <translation>info 的值必須為 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantile values cannot be negative</source>
        <translation>分位數的值不能為負</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>counter-like samples cannot be NaN</source>
        <translation>計數器類樣本不能為 NaN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counter-like samples cannot be negative</source>
        <translation>計數器類樣本不能為負</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only histogram buckets and counter totals can have exemplars</source>
        <translation>只有直方圖桶與計數器總計可以帶 exemplar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>histogram buckets are out of order</source>
        <translation>直方圖桶順序錯亂</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram bucket values decrease</source>
        <translation>直方圖桶的值遞減</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exposition::TextExpositionReader</name>
    <message>
        <location filename="../src/core/textexpositionreader.cpp" line="+21"/>
        <source>the last line has no line break: the body is truncated</source>
        <translation>最後一行沒有換行字元：本文被截斷</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>invalid metric name %1 in %2 line</source>
        <translation>%2 行中的指標名稱 %1 無效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>second HELP line for metric name %1</source>
        <translation>指標名稱 %1 的第二個 HELP 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid escape sequence in HELP of %1</source>
        <translation>%1 的 HELP 中有無效的跳脫序列</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected text after the type in TYPE line of %1</source>
        <translation>%1 的 TYPE 行中類型之後有非預期的文字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown metric type %1 for %2</source>
        <translation>%2 的指標類型 %1 未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TYPE line for %1 comes after its samples</source>
        <translation>%1 的 TYPE 行位於其樣本之後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second TYPE line for metric name %1</source>
        <translation>指標名稱 %1 的第二個 TYPE 行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>label set is not closed</source>
        <translation>標籤集未閉合</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid label name starting with &apos;%1&apos;</source>
        <translation>以「%1」開頭的標籤名稱無效</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;=&apos; after label name %1</source>
        <translation>標籤名稱 %1 之後應為 &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;&quot;&apos; to open the value of label %1</source>
        <translation>標籤 %1 的值應以 &apos;&quot;&apos; 開始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid escape sequence in the value of label %1</source>
        <translation>標籤 %1 的值中有無效的跳脫序列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value of label %1 is not closed (raw line break or truncated line)</source>
        <translation>標籤 %1 的值未閉合（出現原始換行字元或行被截斷）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation>標籤 %1 的值之後應為 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid metric name starting with &apos;%1&apos;</source>
        <translation>以「%1」開頭的指標名稱無效</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>sample %1 has no value</source>
        <translation>樣本 %1 沒有值</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>invalid character &apos;%1&apos; in metric name %2</source>
        <translation>指標名稱 %2 中有無效字元「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid value %1 for %2</source>
        <translation>%2 的值 %1 無效</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid timestamp %1 for %2</source>
        <translation>%2 的時間戳記 %1 無效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after the timestamp of %1</source>
        <translation>%1 的時間戳記之後有非預期的文字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>histogram bucket %1 needs a numeric &quot;le&quot; label</source>
        <translation>直方圖桶 %1 需要數值型「le」標籤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>summary sample %1 needs a numeric &quot;quantile&quot; label</source>
        <translation>摘要樣本 %1 需要數值型「quantile」標籤</translation>
    </message>
</context>
<context>
    <name>Bandwatch::FastlySource</name>
    <message>
        <location filename="../src/sources/cdn/fastlysource.cpp" line="+28"/>
        <source>service_id: &quot;%1&quot; is not a Fastly service ID (letters and digits)</source>
        <translation>service_id：「%1」不是 Fastly 服務 ID（字母與數字）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::FastlyStatsResponse</name>
    <message>
        <location filename="../src/sources/cdn/fastlystatsresponse.cpp" line="+43"/>
        <source>Fastly error: %1</source>
        <translation>Fastly 錯誤：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status &quot;%1&quot;</source>
        <translation>狀態「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fastly: unknown meta.by &quot;%1&quot; (expected minute, hour or day)</source>
        <translation>Fastly：未知的 meta.by「%1」（應為 minute、hour 或 day）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fastly: data is not a list of buckets (is this a /stats/service/&lt;id&gt; response?)</source>
        <translation>Fastly：data 不是桶的清單（這是 /stats/service/&lt;id&gt; 的回應嗎？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fastly: a bucket has no valid start_time or bandwidth</source>
        <translation>Fastly：某個桶沒有有效的 start_time 或 bandwidth</translation>
    </message>
</context>
<context>
    <name>Bandwatch::GuardedTcpServer</name>
    <message>
        <location filename="../src/exporter/guardedtcpserver.cpp" line="+83"/>
        <source>too many connections; try again shortly</source>
        <translation>連線過多；請稍後再試</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryConnection</name>
    <message>
        <location filename="../src/storage/historyconnection.cpp" line="+13"/>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot switch %1 to write-ahead logging (journal mode stays &quot;%2&quot;)</source>
        <translation>無法將 %1 切換為預寫日誌模式（日誌模式仍為「%2」）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot configure %1: %2</source>
        <translation>無法設定 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot configure a reader of %1: %2</source>
        <translation>無法設定 %1 的讀取連線：%2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No space left for the history database %1 (disk full or size limit reached). New samples are kept in memory and written once space is freed.</source>
        <translation>歷史資料庫 %1 沒有剩餘空間（磁碟已滿或達到大小上限）。新樣本會保留在記憶體中，待空間釋出後再寫入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the history database %1 failed with an I/O error (%2); retrying.</source>
        <translation>寫入歷史資料庫 %1 時發生 I/O 錯誤（%2）；正在重試。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history database %1 is damaged (%2). Restart Bandwatch to check and repair it.</source>
        <translation>歷史資料庫 %1 已損毀（%2）。請重新啟動 Bandwatch 以檢查並修復。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the history database %1 failed: %2</source>
        <translation>寫入歷史資料庫 %1 失敗：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryRepair</name>
    <message>
        <location filename="../src/storage/historyrepair.cpp" line="+159"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in use by a running Bandwatch; stop it before repairing</source>
        <translation>%1 正被執行中的 Bandwatch 使用；請先停止它再修復</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot rename %1 to %2</source>
        <translation>無法將 %1 重新命名為 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the damaged file cannot be opened: %1</source>
        <translation>無法開啟已損毀的檔案：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: table of another module recreated</source>
        <translation>%1：已重新建立其他模組的資料表</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not readable</source>
        <translation>%1：無法讀取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: writing failed after %2 rows</source>
        <translation>%1：寫入 %2 列後失敗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 rows copied, %3 unreadable stretch(es) skipped</source>
        <translation>%1：已複製 %2 列，略過了 %3 段無法讀取的區域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 rows copied</source>
        <translation>%1：已複製 %2 列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rollups rebuilt from the raw samples</source>
        <translation>已根據原始樣本重建彙總資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the new file holds none of these rows: its transaction was rolled back</source>
        <translation>新檔案中不包含這些列：其交易已復原</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>repairing %1 failed: %2 (the damaged file is kept as %3)</source>
        <translation>修復 %1 失敗：%2（已損毀的檔案保留為 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repaired %1; the damaged file is kept as %2.
</source>
        <translation>已修復 %1；已損毀的檔案保留為 %2。
</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistorySchema</name>
    <message>
        <location filename="../src/storage/historyschema.cpp" line="+223"/>
        <source>cannot read the schema version: %1</source>
        <translation>無法讀取結構描述版本：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database has schema version %1, written by a newer Bandwatch (this one knows up to %2); upgrade Bandwatch or use another file</source>
        <translation>該資料庫的結構描述版本為 %1，由較新版本的 Bandwatch 寫入（目前版本最高支援 %2）；請升級 Bandwatch 或使用其他檔案</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is an SQLite database that Bandwatch did not create; refusing to change it</source>
        <translation>該檔案是一個並非由 Bandwatch 建立的 SQLite 資料庫；拒絕修改它</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not a Bandwatch history database (application id %1)</source>
        <translation>該檔案不是 Bandwatch 歷史資料庫（application id %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot start schema migration %1: %2</source>
        <translation>無法開始結構描述遷移 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema migration to version %1 (%2) failed: %3</source>
        <translation>結構描述遷移到版本 %1（%2）失敗：%3</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryStore</name>
    <message>
        <location filename="../src/storage/historystore.cpp" line="+39"/>
        <source>the history store is already open on %1</source>
        <translation>歷史儲存區已在 %1 上開啟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history database %1 is in use by another Bandwatch instance (%2, process %3 on %4). Stop that instance or configure a different database file.</source>
        <translation>歷史資料庫 %1 正被另一個 Bandwatch 執行個體使用（%2，主機 %4 上的處理程序 %3）。請停止該執行個體，或設定其他資料庫檔案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the lock file %1.lock; check the folder&apos;s permissions.</source>
        <translation>無法建立鎖定檔 %1.lock；請檢查該資料夾的權限。</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>the history database is not open</source>
        <translation>歷史資料庫未開啟</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryWriter</name>
    <message>
        <location filename="../src/storage/historywriter.cpp" line="+90"/>
        <source>the history database is not open</source>
        <translation>歷史資料庫未開啟</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>The history database was closed while it could not be written; %n sample(s) were lost.</source>
        <translation>
            <numerusform>歷史資料庫在無法寫入時被關閉；遺失了 %n 個樣本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the history database was closed</source>
        <translation>歷史資料庫已關閉</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history database %1 is damaged: %2. Bandwatch has not changed it. Repair it with `bandwatch --repair-history --config &lt;file&gt;`, which keeps the damaged file next to it and copies every readable row into a new one, or move the file away to start a new history.</source>
        <translation>歷史資料庫 %1 已損毀：%2。Bandwatch 未對其做任何修改。請使用 `bandwatch --repair-history --config &lt;file&gt;` 修復它，該指令會將損毀的檔案保留在原處旁邊，並把所有可讀取的列複製到新檔案中；或是將該檔案移走以開始新的歷史記錄。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Cannot prepare the history database %1: %2</source>
        <translation>無法準備歷史資料庫 %1：%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot read the history database %1: %2</source>
        <translation>無法讀取歷史資料庫 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>%n sample(s) were not stored.</source>
        <translation>
            <numerusform>%n 個樣本未能儲存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The history database cannot be written; %n older sample(s) were dropped to bound memory.</source>
        <translation>
            <numerusform>無法寫入歷史資料庫；為限制記憶體用量，捨棄了 %n 個較早的樣本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the write function threw an exception</source>
        <translation>寫入函式擲回了例外狀況</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HttpFetch</name>
    <message>
        <location filename="../src/sources/httpfetch.cpp" line="+148"/>
        <source>invalid URL %1 (expected http:// or https://)</source>
        <translation>無效的 URL %1（應為 http:// 或 https://）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>無法讀取 CA 檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA 檔案 %1 中沒有 PEM 憑證</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>response from %1 announces %2 bytes, more than the limit of %3 bytes</source>
        <translation>來自 %1 的回應宣告為 %2 位元組，超過了 %3 位元組的上限</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>response from %1 is larger than the limit of %2 bytes</source>
        <translation>來自 %1 的回應超過了 %2 位元組的上限</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no complete answer from %1 within %2 ms</source>
        <translation>%2 ms 內未收到 %1 的完整回應</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>TLS failure with %1: %2</source>
        <translation>與 %1 的 TLS 通訊失敗：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>cannot fetch %1: %2</source>
        <translation>無法擷取 %1：%2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>response from %1 was cut off after %2 bytes: %3</source>
        <translation>來自 %1 的回應在 %2 位元組後被截斷：%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>response from %1 has %2 bytes where Content-Length announced %3</source>
        <translation>來自 %1 的回應有 %2 位元組，而 Content-Length 宣告為 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 from %2</source>
        <translation>%1，來自 %2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::InterfacesSource</name>
    <message>
        <location filename="../src/sources/interfacessource.cpp" line="+60"/>
        <source>unknown option &quot;%1&quot; for an interfaces source (known: %2)</source>
        <translation>interfaces 資料來源不支援選項「%1」（可用：%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>counter_bits must be 32 or 64, not &quot;%1&quot;</source>
        <translation>counter_bits 必須是 32 或 64，而不是「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation>max_gap_intervals 必須是不小於 1 的整數</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a /proc/net/dev table (header missing)</source>
        <translation>不是 /proc/net/dev 表格（缺少標頭）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1 of /proc/net/dev has no interface name</source>
        <translation>/proc/net/dev 第 %1 行沒有介面名稱</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1 of /proc/net/dev has %2 counters, expected 16</source>
        <translation>/proc/net/dev 第 %1 行有 %2 個計數器，應為 16 個</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1 of /proc/net/dev has a counter that is not a number</source>
        <translation>/proc/net/dev 第 %1 行有非數字的計數器</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no interface matches include [%1] and exclude [%2]; this machine has: %3</source>
        <translation>沒有介面符合 include [%1] 與 exclude [%2]；本機的介面有：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>Bandwatch::JsonApi</name>
    <message>
        <location filename="../src/exporter/jsonapi.cpp" line="+53"/>
        <source>the history database is not open</source>
        <translation>歷史資料庫未開啟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 series x %2 buckets is too much for one response; narrow the filters or use a larger step</source>
        <translation>%1 個序列 × %2 個桶對於單一回應來說太多；請縮小篩選範圍或使用更大的 step</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+7"/>
        <source>no quota named &quot;%1&quot;</source>
        <translation>沒有名為「%1」的配額</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Keychain</name>
    <message>
        <location filename="../src/app/keychain.cpp" line="+35"/>
        <location line="+58"/>
        <source>no keychain: there is no D-Bus session bus</source>
        <translation>無鑰匙圈：沒有 D-Bus 工作階段匯流排</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+27"/>
        <location line="+30"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>鑰匙圈未在 %1 秒內回應</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>cannot store &quot;%1&quot; in the keychain: %2</source>
        <translation>無法將「%1」存入鑰匙圈：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <location line="+26"/>
        <source>this Bandwatch was built without keychain support (QtKeychain)</source>
        <translation>此 Bandwatch 建置時未包含鑰匙圈支援（QtKeychain）</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>no keychain: there is no D-Bus session bus (headless mode needs &lt;key&gt;_file or ${ENV})</source>
        <translation>無鑰匙圈：沒有 D-Bus 工作階段匯流排（無介面模式需要 &lt;key&gt;_file 或 ${ENV}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain has no entry &quot;%1&quot;</source>
        <translation>鑰匙圈中沒有項目「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &quot;%1&quot; from the keychain: %2</source>
        <translation>無法從鑰匙圈讀取「%1」：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot remove &quot;%1&quot; from the keychain: %2</source>
        <translation>無法從鑰匙圈移除「%1」：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::KongSource</name>
    <message>
        <location filename="../src/sources/kongsource.cpp" line="+61"/>
        <source>ca_file: cannot be loaded</source>
        <translation>ca_file：無法載入</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kong serves no kong_bandwidth_bytes metrics: enable bandwidth_metrics=true in the Prometheus plugin (or no traffic has passed through Kong since it started)</source>
        <translation>Kong 未提供 kong_bandwidth_bytes 指標：請在 Prometheus 外掛程式中啟用 bandwidth_metrics=true（或是 Kong 啟動以來尚無流量經過）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option &quot;%1&quot; for a kong source (known: %2)</source>
        <translation>kong 資料來源不支援選項「%1」（可用：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a kong source needs url: (one node&apos;s /metrics) or urls: (a list of nodes)</source>
        <translation>kong 資料來源需要 url:（單一節點的 /metrics）或 urls:（節點清單）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give either url: or urls:, not both</source>
        <translation>只能提供 url: 或 urls: 其中之一，不可同時提供</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>「%1」不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: needs username:</source>
        <translation>password: 需要同時設定 username:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: must be an HTTP header name</source>
        <translation>header: 必須是 HTTP 標頭名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: names the header for token:, which is missing</source>
        <translation>header: 指定了 token: 所用的標頭，但缺少 token:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep_labels: &quot;%1&quot; is not one of consumer, workspace</source>
        <translation>keep_labels：「%1」不是 consumer、workspace 之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>max_body: %1</source>
        <translation>max_body：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation>必須大於 0 位元組</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation>max_gap_intervals 必須是不小於 1 的整數</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not the /metrics of Kong&apos;s Prometheus plugin (no kong_ metrics)</source>
        <translation>%1：不是 Kong Prometheus 外掛程式的 /metrics（沒有 kong_ 指標）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has served no kong_bandwidth_bytes in %2 polls while other nodes do: enable bandwidth_metrics=true on it (or no traffic has passed through it since it started)</source>
        <translation>%1 在 %2 次輪詢中均未提供 kong_bandwidth_bytes，而其他節點有提供：請在該節點上啟用 bandwidth_metrics=true（或是該節點啟動以來尚無流量經過）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::LanguageMenu</name>
    <message>
        <location filename="../src/gui/languagemenu.cpp" line="+79"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Language</source>
        <translation>系統語言(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Bandwatch::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+175"/>
        <location line="+309"/>
        <source>Alert Outbox</source>
        <translation>告警寄件匣</translation>
    </message>
    <message>
        <location line="-322"/>
        <location line="+320"/>
        <source>Traffic Table</source>
        <translation>流量表</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>History storage: %1</source>
        <translation>歷史儲存：%1</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+289"/>
        <source>Quotas</source>
        <translation>配額</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>No data from &quot;%1&quot;: %2</source>
        <translation>沒有來自「%1」的資料：%2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No source selected</source>
        <translation>未選取資料來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — all series</source>
        <translation>%1 — 全部序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In</source>
        <translation>接收</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>傳送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>尚無資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now %1 · average %2 · peak %3 · %4 total</source>
        <translation>目前 %1 · 平均 %2 · 峰值 %3 · 共 %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sources configured</source>
        <translation>未設定資料來源</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n source(s) failing</source>
        <translation>
            <numerusform>%n 個資料來源中有 %1 個發生錯誤</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n source(s) waiting for the first poll</source>
        <translation>
            <numerusform>%n 個資料來源中有 %1 個正在等待首次輪詢</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s), all OK</source>
        <translation>
            <numerusform>%n 個資料來源，全部正常</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History: %1</source>
        <translation>歷史資料：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sample %1</source>
        <translation>最新樣本 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sources could not be started.</source>
        <translation>無法啟動資料來源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration not applied</source>
        <translation>設定未套用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration in %1 was not applied:

%2</source>
        <translation>%1 中的設定未套用：

%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configuration reloaded</source>
        <translation>設定已重新載入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open %1</source>
        <translation>無法開啟 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Bandwatch</source>
        <translation>關於 Bandwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bandwatch %1&lt;/h3&gt;&lt;p&gt;Bandwidth and traffic-quota monitor.&lt;/p&gt;&lt;p&gt;Configuration: %2&lt;br&gt;History: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bandwatch %1&lt;/h3&gt;&lt;p&gt;頻寬與流量配額監控工具。&lt;/p&gt;&lt;p&gt;設定檔：%2&lt;br&gt;歷史資料：%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Bandwatch::NewKeyDialog</name>
    <message>
        <location filename="../src/gui/newkeydialog.cpp" line="+18"/>
        <source>The API key &quot;%1&quot; was created and written to %2 (readable only by you). Give it to the client as &quot;Authorization: Bearer &lt;key&gt;&quot;.</source>
        <translation>API 金鑰「%1」已建立並寫入 %2(僅您可讀)。請讓用戶端以「Authorization: Bearer &lt;金鑰&gt;」傳送。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>已複製到剪貼簿。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::NotificationConfig</name>
    <message>
        <location filename="../src/alerts/notificationconfig.cpp" line="+15"/>
        <source>&quot;notifications&quot; must be a mapping with email:, webhook: or retry:</source>
        <translation>「notifications」必須是包含 email:、webhook: 或 retry: 的對應</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown key &quot;%1&quot; under notifications (expected email, webhook, retry, check_interval)</source>
        <translation>notifications 下的未知鍵「%1」（應為 email、webhook、retry、check_interval）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a mapping such as {url: &quot;smtp://mail.example.com:587&quot;, from: ops@example.com, to: [noc@example.com]}</source>
        <translation>%1 必須是對應，例如 {url: &quot;smtp://mail.example.com:587&quot;, from: ops@example.com, to: [noc@example.com]}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+119"/>
        <source>%1: unknown key &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1：未知鍵「%2」（應為以下之一：%3）</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>%1 needs a url such as &quot;smtp://mail.example.com:587&quot; or &quot;smtps://mail.example.com:465&quot;</source>
        <translation>%1 需要 url，例如 &quot;smtp://mail.example.com:587&quot; 或 &quot;smtps://mail.example.com:465&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: url must be smtp://HOST[:PORT] or smtps://HOST[:PORT], got &quot;%2&quot;</source>
        <translation>%1：url 必須為 smtp://HOST[:PORT] 或 smtps://HOST[:PORT]，實際為「%2」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: put the user name in username: and the password in password_file:, not in the url</source>
        <translation>%1：請將使用者名稱寫在 username: 中、密碼寫在 password_file: 中，不要寫在 url 中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: starttls must be required or optional</source>
        <translation>%1：starttls 必須為 required 或 optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: starttls has no effect with smtps:// (TLS from the start)</source>
        <translation>%1：starttls 對 smtps://（從一開始就使用 TLS）無效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: with starttls: optional the password and alerts may travel in clear text if the server does not offer STARTTLS</source>
        <translation>%1：使用 starttls: optional 時，如果伺服器不提供 STARTTLS，密碼與警報可能以明文傳輸</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs a sender address (from: ops@example.com)</source>
        <translation>%1 需要寄件者位址（from: ops@example.com）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not an e-mail address</source>
        <translation>%1：「%2」不是電子郵件地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs at least one recipient (to: [noc@example.com])</source>
        <translation>%1 至少需要一個收件者（to: [noc@example.com]）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: username is set but no password (give password_file: or password: ${ENV_VAR})</source>
        <translation>%1：設定了 username 但沒有密碼（請提供 password_file: 或 password: ${ENV_VAR}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+87"/>
        <source>%1: cannot read the CA file %2</source>
        <translation>%1：無法讀取 CA 檔案 %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>%1: tls_verify must be true or false</source>
        <translation>%1：tls_verify 必須為 true 或 false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: certificate verification is off; anyone on the path can read the password</source>
        <translation>%1：憑證驗證已關閉；傳輸路徑上的任何人都能讀取密碼</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: auth names one SASL mechanism such as PLAIN or LOGIN</source>
        <translation>%1：auth 指定一種 SASL 機制，例如 PLAIN 或 LOGIN</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be a mapping such as {url: &quot;https://hooks.example.com/bandwatch&quot;}</source>
        <translation>%1 必須是對應，例如 {url: &quot;https://hooks.example.com/bandwatch&quot;}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 needs a url</source>
        <translation>%1 需要 url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: url must be http:// or https://</source>
        <translation>%1：url 必須為 http:// 或 https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: alerts will be sent unencrypted over http://</source>
        <translation>%1：警報將透過 http:// 以未加密方式傳送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: headers must be a mapping of name: value</source>
        <translation>%1：headers 必須是 名稱: 值 形式的對應</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: invalid header &quot;%2&quot;</source>
        <translation>%1：無效的標頭「%2」</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a mapping such as {initial: 30s, max: 1h, give_up_after: 7d}</source>
        <translation>%1 必須是對應，例如 {initial: 30s, max: 1h, give_up_after: 7d}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: unknown key &quot;%2&quot; (expected initial, max, give_up_after)</source>
        <translation>%1：未知鍵「%2」（應為 initial、max、give_up_after）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 must be a duration of at least 100ms</source>
        <translation>%1：%2 必須是至少 100ms 的時間長度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: max must not be shorter than initial</source>
        <translation>%1：max 不可短於 initial</translation>
    </message>
</context>
<context>
    <name>Bandwatch::NotificationsPage</name>
    <message>
        <location filename="../src/gui/notificationspage.cpp" line="+81"/>
        <source>Required (refuse to send in clear text)</source>
        <translation>必要(拒絕以明文傳送)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional (clear text if the server has no STARTTLS)</source>
        <translation>選用(伺服器不支援 STARTTLS 時以明文傳送)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CA certificate</source>
        <translation>CA 憑證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>憑證 (*.pem *.crt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stored in %1. Type a new password to replace it.</source>
        <translation>儲存在 %1。輸入新密碼即可取代。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>unchanged</source>
        <translation>不變</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Taken from the environment (%1). A password typed here is stored in a file instead.</source>
        <translation>取自環境變數(%1)。在此輸入的密碼將改為儲存在檔案中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in a file only you can read, next to the configuration; never in the configuration file itself.</source>
        <translation>儲存在設定檔旁一個僅您可讀的檔案中,絕不寫入設定檔本身。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read from %1</source>
        <translation>讀取自 %1</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Sending to %1…</source>
        <translation>正在傳送到 %1…</translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxDispatcher</name>
    <message numerus="yes">
        <location filename="../src/alerts/outboxdispatcher.cpp" line="+139"/>
        <source>gave up after %n attempt(s) over %1 days; last error: %2</source>
        <translation>
            <numerusform>經過 %1 天共 %n 次嘗試後放棄；最後的錯誤：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>alert %1 (%2, quota %3): %4</source>
        <translation>警報 %1（%2，配額 %3）：%4</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>gave up after %1 days: the %2 channel was not available in that time</source>
        <translation>%1 天後放棄：在此期間 %2 管道一直無法使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last error: %1</source>
        <translation>最後一個錯誤：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>alert %1 was delivered but cannot be marked sent: %2</source>
        <translation>警報 %1 已送達，但無法標記為已傳送：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>projected to exceed</source>
        <translation>預計超出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1 delivered via %2 (quota %3, %4)</source>
        <translation>警報 %1 已透過 %2 傳送（配額 %3，%4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delivery failed without an error message</source>
        <translation>傳送失敗，且沒有錯誤訊息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot record the failed delivery of alert %1: %2</source>
        <translation>無法記錄警報 %1 的傳送失敗：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alert %1 via %2 (quota %3) abandoned after %4 attempts: %5</source>
        <translation>透過 %2 傳送的警報 %1（配額 %3）在 %4 次嘗試後已放棄：%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>alert %1 via %2 (quota %3) not delivered (attempt %4): %5; retrying in %6 s</source>
        <translation>透過 %2 傳送的警報 %1（配額 %3）未送達（第 %4 次嘗試）：%5；%6 秒後重試</translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxTableModel</name>
    <message>
        <location filename="../src/alerts/outboxtablemodel.cpp" line="+72"/>
        <source>projected to exceed</source>
        <translation>預計超出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pending</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed, retrying</source>
        <translation>失敗，正在重試</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>已傳送 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>下次嘗試</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>最後的錯誤</translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxView</name>
    <message>
        <location filename="../src/gui/outboxview.cpp" line="+18"/>
        <location line="+24"/>
        <source>Only pending and failed deliveries</source>
        <translation>僅顯示待傳送和傳送失敗的通知</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PrometheusResponse</name>
    <message>
        <location filename="../src/sources/prometheusresponse.cpp" line="+89"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>回應不是有效的 JSON（位元組 %2 處的 %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no &quot;status&quot;:&quot;success&quot;</source>
        <translation>回應中沒有 &quot;status&quot;:&quot;success&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the answer&apos;s result is not a list</source>
        <translation>回應的 result 不是清單</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a matrix series has no &quot;values&quot; list</source>
        <translation>某個 matrix 序列沒有 &quot;values&quot; 清單</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the query returns a string, not numbers: use an expression that yields a vector or a scalar</source>
        <translation>查詢回傳的是字串而不是數字：請使用回傳向量或純量的運算式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>未知的結果類型「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer has a point that is not [time, &quot;value&quot;]</source>
        <translation>回應中有一個點不是 [time, &quot;value&quot;] 格式</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PrometheusSource</name>
    <message>
        <location filename="../src/sources/prometheussource.cpp" line="+94"/>
        <source>ca_file: cannot be loaded</source>
        <translation>ca_file：無法載入</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown option &quot;%1&quot; for a prometheus source (known: %2)</source>
        <translation>prometheus 資料來源不支援選項「%1」（可用：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a prometheus source needs url: (the server, e.g. http://prometheus:9090)</source>
        <translation>prometheus 資料來源需要 url:（伺服器位址，例如 http://prometheus:9090）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>「%1」不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prometheus source needs query: (a PromQL expression)</source>
        <translation>prometheus 資料來源需要 query:（一個 PromQL 運算式）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value: &quot;%1&quot; is not one of bytes_per_second, bits_per_second, counter</source>
        <translation>value：「%1」不是 bytes_per_second、bits_per_second、counter 之一</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mode: &quot;%1&quot; is not one of range, instant</source>
        <translation>mode：「%1」不是 range、instant 之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>direction: must be in or out</source>
        <translation>direction: 必須為 in 或 out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction_label: must name a label</source>
        <translation>direction_label: 必須指定一個標籤</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step: must be at least 1s</source>
        <translation>step: 必須至少為 1s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max_points: must be a whole number from 2 to %1</source>
        <translation>max_points: 必須是 2 到 %1 之間的整數</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>max_body: %1</source>
        <translation>max_body：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation>必須大於 0 位元組</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: needs username:</source>
        <translation>password: 需要同時設定 username:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: names the header for token:, which is missing</source>
        <translation>header: 指定了 token: 所用的標頭，但缺少 token:</translation>
    </message>
    <message>
        <location line="+161"/>
        <location line="+9"/>
        <location line="+14"/>
        <source>Prometheus at %1: %2</source>
        <translation>%1 上的 Prometheus：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushApi</name>
    <message>
        <location filename="../src/exporter/pushapi.cpp" line="+74"/>
        <source>the change could not be saved: %1</source>
        <translation>無法儲存變更：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected state</source>
        <translation>非預期的狀態</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the body is not a JSON object: %1</source>
        <translation>本文不是 JSON 物件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;value&quot; must be a finite number</source>
        <translation>「value」必須是有限數值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type must be gauge or counter, not &quot;%1&quot;</source>
        <translation>type 必須為 gauge 或 counter，而不是「%1」</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use PUT for /%1</source>
        <translation>對 /%1 請使用 PUT</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>the body must be a finite number, e.g. 2.5; got &quot;%1&quot;</source>
        <translation>本文必須是有限數值，例如 2.5；實際為「%1」</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>unknown operation &quot;%1&quot; (inc, dec, add, sub)</source>
        <translation>未知操作「%1」（inc、dec、add、sub）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>use GET, POST, PUT or DELETE</source>
        <translation>請使用 GET、POST、PUT 或 DELETE</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushMetricName</name>
    <message>
        <location filename="../src/exporter/pushmetricname.cpp" line="+90"/>
        <source>&quot;%1&quot; has no letters or digits to make a metric name from</source>
        <translation>「%1」中沒有可用於產生指標名稱的字母或數字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric names are limited to 200 characters</source>
        <translation>指標名稱最多 200 個字元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names starting with bandwatch_ are reserved for Bandwatch&apos;s own metrics</source>
        <translation>以 bandwatch_ 開頭的名稱保留給 Bandwatch 自身的指標</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; (as %2): %3</source>
        <translation>「%1」（作為 %2）：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a gauge must not end in %1 (that suffix means a counter, histogram or summary); create it with type=counter or choose another name</source>
        <translation>gauge 不得以 %1 結尾（該後綴表示 counter、histogram 或 summary）；請用 type=counter 建立，或換一個名稱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the _bucket suffix is reserved for histograms</source>
        <translation>_bucket 後綴保留給直方圖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a metric name should not contain its type (&quot;%1&quot;)</source>
        <translation>指標名稱不應包含其類型（「%1」）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abbreviated units (&quot;%1&quot;) are not allowed; spell out the base unit, e.g. _seconds or _bytes</source>
        <translation>不允許使用縮寫單位（「%1」）；請寫出完整的基本單位，例如 _seconds 或 _bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use a base unit (seconds, bytes, meters, ...) instead of &quot;%1&quot;</source>
        <translation>請使用基本單位（seconds、bytes、meters……），而不是「%1」</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushMetricStore</name>
    <message>
        <location filename="../src/exporter/pushmetricstore.cpp" line="+126"/>
        <source>descriptions are limited to 1024 characters</source>
        <translation>描述最多 1024 個字元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists as a %2</source>
        <translation>%1 已作為 %2 存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a counter cannot go down (%1 is at %2)</source>
        <translation>計數器不能減少（%1 目前為 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the push store is full (%1 metrics; exporter.push.max_metrics)</source>
        <translation>推送儲存區已滿（%1 個指標；exporter.push.max_metrics）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a counter cannot start below 0</source>
        <translation>計數器的初始值不能小於 0</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+27"/>
        <source>no pushed metric &quot;%1&quot;; create it with POST first</source>
        <translation>沒有推送的指標「%1」；請先用 POST 建立</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>the value must be a finite number</source>
        <translation>值必須是有限數值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a counter at %2 and cannot be set lower; DELETE and re-create it to reset it</source>
        <translation>%1 是目前值為 %2 的計數器，不能設為更低的值；如需重設，請 DELETE 後重新建立</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the body must be a number</source>
        <translation>本文必須是數字</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>no pushed metric &quot;%1&quot;</source>
        <translation>沒有推送的指標「%1」</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaConfig</name>
    <message>
        <location filename="../src/alerts/quotaconfig.cpp" line="+48"/>
        <source>&quot;quotas&quot; must be a list of quotas (each starting with &quot;- id: ...&quot;)</source>
        <translation>「quotas」必須是配額清單（每項以「- id: ...」開頭）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota id &quot;%1&quot; is used twice</source>
        <translation>配額 ID「%1」被使用了兩次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>each quota must be a mapping with at least &quot;id&quot;, &quot;series&quot; and &quot;limit&quot;</source>
        <translation>每個配額必須是至少包含「id」、「series」與「limit」的對應</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>quota without &quot;id&quot;</source>
        <translation>配額缺少「id」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quota id &quot;%1&quot; may only contain letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; (at most 64)</source>
        <translation>配額 ID「%1」只能包含字母、數字、&apos;_&apos;、&apos;-&apos; 與 &apos;.&apos;（最多 64 個）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quota &quot;%1&quot;</source>
        <translation>配額「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown key &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1：未知鍵「%2」（應為以下之一：%3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no &quot;series&quot; (e.g. series: {source: kong, labels: {service: api}})</source>
        <translation>%1 缺少「series」（例如 series: {source: kong, labels: {service: api}}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: direction must be in, out or both</source>
        <translation>%1：direction 必須為 in、out 或 both</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: kind must be volume, bandwidth or p95</source>
        <translation>%1：kind 必須為 volume、bandwidth 或 p95</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no &quot;limit&quot; (e.g. 2TB for a volume quota, 500Mbit/s for bandwidth and p95)</source>
        <translation>%1 缺少「limit」（例如流量配額為 2TB，頻寬與 p95 配額為 500Mbit/s）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the limit of a volume quota is a byte count such as 2TB: %2</source>
        <translation>%1：流量配額的上限是位元組數，例如 2TB：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>%1: the limit must be greater than zero</source>
        <translation>%1：上限必須大於零</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: the limit of a %2 quota is a bit rate such as 500Mbit/s: %3</source>
        <translation>%1：%2 配額的上限是位元速率，例如 500Mbit/s：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: hysteresis is a number of percentage points from 0 to 50</source>
        <translation>%1：hysteresis 是 0 到 50 之間的百分點數</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;projection_alert&quot; applies to volume quotas only (they have a forecast)</source>
        <translation>%1：「projection_alert」僅適用於流量配額（它們才有預測）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: projection_alert must be true or false</source>
        <translation>%1：projection_alert 必須是 true 或 false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;window&quot; applies to bandwidth quotas only</source>
        <translation>%1：「window」僅適用於頻寬配額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;statistic&quot; applies to bandwidth quotas only</source>
        <translation>%1：「statistic」僅適用於頻寬配額</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: window must be a multiple of 5 minutes (5m, 15m, 1h, ...)</source>
        <translation>%1：window 必須是 5 分鐘的整數倍（5m、15m、1h……）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: statistic must be peak or average</source>
        <translation>%1：statistic 必須為 peak 或 average</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>quota &quot;%1&quot;: series must be a mapping such as {source: kong, labels: {service: api}}</source>
        <translation>配額「%1」：series 必須是對應，例如 {source: kong, labels: {service: api}}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>quota &quot;%1&quot;: series.%2 must be a name or a glob pattern</source>
        <translation>配額「%1」：series.%2 必須是名稱或萬用字元模式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quota &quot;%1&quot;: series.labels must be a mapping such as {service: api}</source>
        <translation>配額「%1」：series.labels 必須是對應，例如 {service: api}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quota &quot;%1&quot;: label &quot;%2&quot; must have a single value or glob</source>
        <translation>配額「%1」：標籤「%2」必須只有一個值或萬用字元</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota &quot;%1&quot;: unknown key &quot;%2&quot; under series (expected source, name, labels)</source>
        <translation>配額「%1」：series 下的未知鍵「%2」（應為 source、name、labels）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quota &quot;%1&quot;: series needs a &quot;source&quot; (a source id)</source>
        <translation>配額「%1」：series 需要「source」（資料來源 ID）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quota &quot;%1&quot;: unknown key &quot;%2&quot; under cycle (expected period, start_day, timezone)</source>
        <translation>配額「%1」：cycle 下的未知鍵「%2」（應為 period、start_day、timezone）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>quota &quot;%1&quot;: cycle must be a mapping such as {period: monthly, start_day: 15, timezone: Asia/Taipei}</source>
        <translation>配額「%1」：cycle 必須是對應，例如 {period: monthly, start_day: 15, timezone: Asia/Taipei}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>quota &quot;%1&quot;: %2</source>
        <translation>配額「%1」：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>quota &quot;%1&quot;: a threshold is a percentage of the limit greater than 0 and at most 1000, e.g. [80, 90, 100]</source>
        <translation>配額「%1」：門檻是上限的百分比，須大於 0 且不超過 1000，例如 [80, 90, 100]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota &quot;%1&quot;: thresholds must be a non-empty list such as [80, 90, 100]</source>
        <translation>配額「%1」：thresholds 必須是非空清單，例如 [80, 90, 100]</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaDialog</name>
    <message>
        <location filename="../src/gui/quotadialog.cpp" line="+84"/>
        <source>In and out (both)</source>
        <translation>上下行（both）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In (received)</source>
        <translation>下行（接收）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out (sent)</source>
        <translation>上行（傳送）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume per cycle</source>
        <translation>每週期流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth (mean over a window)</source>
        <translation>頻寬(時間窗內平均)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95th percentile</source>
        <translation>第 95 百分位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak window in the cycle</source>
        <translation>週期內的峰值時間窗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest window</source>
        <translation>最近的時間窗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time (%1)</source>
        <translation>本地時間(%1)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New Quota</source>
        <translation>新增配額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quota %1</source>
        <translation>配額 %1</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>another quota already has the id &quot;%1&quot;</source>
        <translation>已有另一個配額使用 ID「%1」</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. 2TB</source>
        <translation>例如 2TB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 500Mbit/s</source>
        <translation>例如 500Mbit/s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starts &amp;on:</source>
        <translation>起始於(&amp;O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts on &amp;day:</source>
        <translation>起始日(&amp;D):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not understood</source>
        <translation>無法辨識</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaLevel</name>
    <message>
        <location filename="../src/gui/quotalevel.cpp" line="+57"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over 80 %</source>
        <translation>超過 80 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over 90 %</source>
        <translation>超過 90 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit reached</source>
        <translation>已達上限</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaListModel</name>
    <message>
        <location filename="../src/gui/quotalistmodel.cpp" line="+79"/>
        <source>monthly from day 1, UTC</source>
        <translation>每月,自 1 日起,UTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daily, %1</source>
        <translation>每日,%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly from %1, %2</source>
        <translation>每週,自 %1 起,%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly from day %1, %2</source>
        <translation>每月,自 %1 日起,%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>限額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation>週期</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaPanel</name>
    <message>
        <location filename="../src/gui/quotapanel.cpp" line="+88"/>
        <source>No quotas configured. Add a &lt;code&gt;quotas:&lt;/code&gt; section to the configuration file to watch a volume, bandwidth or 95th-percentile limit here.</source>
        <translation>尚未設定配額。在設定檔中加入 &lt;code&gt;quotas:&lt;/code&gt; 區段，即可在此監看流量、頻寬或第 95 百分位上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume alerts</source>
        <translation>恢復提醒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alert notifications are paused until %1; alerts are kept in the outbox.</source>
        <translation>提醒通知已暫停至 %1；提醒會保留在寄件匣中。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaTableModel</name>
    <message>
        <location filename="../src/gui/quotatablemodel.cpp" line="+100"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1：%2 %（%3 / %4）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>volume</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bandwidth</source>
        <translation>頻寬</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th percentile</source>
        <translation>第 95 百分位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— / %1</source>
        <translation>— / %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>will exceed the limit</source>
        <translation>將超出上限</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n burst interval(s) left</source>
        <translation>
            <numerusform>剩餘 %n 個突發區間</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit reached; %1 at cycle end</source>
        <translation>已達上限；週期結束時 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at cycle end; limit on %2</source>
        <translation>週期結束時 %1；%2 達到上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at cycle end</source>
        <translation>週期結束時 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per day</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cycle: %1 to %2 (%3)</source>
        <translation>週期：%1 至 %2（%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The forecast starts an hour into the cycle.</source>
        <translation>週期開始一小時後才有預測。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burst intervals: 5-minute intervals that may still exceed the limit before the 95th percentile does.</source>
        <translation>突發區間：在第 95 百分位超出上限之前，仍可超出上限的 5 分鐘區間數。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n 個序列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluated %1</source>
        <translation>評估於 %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used / limit</source>
        <translation>已用 / 上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation>週期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily budget left</source>
        <translation>每日剩餘預算</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotasPage</name>
    <message>
        <location filename="../src/gui/quotaspage.cpp" line="+44"/>
        <source>Quotas</source>
        <translation>配額</translation>
    </message>
</context>
<context>
    <name>Bandwatch::RangeController</name>
    <message>
        <location filename="../src/gui/rangecontroller.cpp" line="+108"/>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last 7 days</source>
        <translation>顯示最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cycle</source>
        <translation>本週期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the current billing cycle</source>
        <translation>顯示目前計費週期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last cycle</source>
        <translation>上一週期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous billing cycle</source>
        <translation>顯示上一個計費週期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>自訂…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a range you choose</source>
        <translation>顯示自選的時間範圍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>即時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the chosen range, following new data</source>
        <translation>返回所選範圍並跟隨新資料</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Reader</name>
    <message>
        <location filename="../src/core/vnstatparser.cpp" line="+42"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a whole number of at least 0</source>
        <translation>「%1」不是不小於 0 的整數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>「%1」過大</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the entry has neither a timestamp nor a valid date</source>
        <translation>該項目既沒有時間戳記也沒有有效日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hour entry has id %1, expected 0 to 23</source>
        <translation>小時項目的 id 為 %1，應為 0 到 23</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry has no valid time</source>
        <translation>該項目沒有有效時間</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the entry has no valid date</source>
        <translation>該項目沒有有效日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the entry ends before it starts</source>
        <translation>該項目的結束早於開始</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>interface %1</source>
        <translation>介面 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; (its name) is missing</source>
        <translation>缺少「%1」（其名稱）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface &quot;%1&quot;</source>
        <translation>介面「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;traffic&quot; is missing</source>
        <translation>缺少「traffic」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;traffic.total&quot; is missing</source>
        <translation>缺少「traffic.total」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>「%1」不是清單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 entry %3</source>
        <translation>%1，%2 項目 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="-306"/>
        <source>%1%2 must be true or false</source>
        <translation>%1%2 必須為 true 或 false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1%2 must be a whole number of at least %3</source>
        <translation>%1%2 必須是不小於 %3 的整數</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>%1%2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>expected a size such as 64KiB</source>
        <translation>應為大小，例如 64KiB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a duration of at least 100ms</source>
        <translation>應為至少 100ms 的時間長度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; under %2 (expected one of: %3)</source>
        <translation>%2 下的未知鍵「%1」（應為以下之一：%3）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SecretStore</name>
    <message>
        <location filename="../src/app/secretstore.cpp" line="+30"/>
        <source>Secrets are stored in the desktop keychain (service &quot;bandwatch&quot;). Headless mode on a server cannot read them: give it &lt;key&gt;_file or ${ENV} instead.</source>
        <translation>機密資訊儲存在桌面鑰匙圈中（服務「bandwatch」）。伺服器上的無介面模式無法讀取它們：請改為提供 &lt;key&gt;_file 或 ${ENV}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets are stored in files only you can read, in %1.</source>
        <translation>機密資訊儲存在僅您可讀的檔案中，位於 %1。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>in the keychain</source>
        <translation>在鑰匙圈中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in file %1</source>
        <translation>在檔案 %1 中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written in the configuration file</source>
        <translation>寫在設定檔中</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Secrets</name>
    <message>
        <location filename="../src/core/secrets.cpp" line="+32"/>
        <source>unterminated ${ in &quot;%1&quot;</source>
        <translation>「%1」中的 ${ 未閉合</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty variable name ${} in a value</source>
        <translation>值中有空的變數名稱 ${}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>environment variable %1 is not set</source>
        <translation>環境變數 %1 未設定</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read secret file %1: %2</source>
        <translation>無法讀取機密檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret file %1 is readable by other users; run chmod 600 on it</source>
        <translation>機密檔案 %1 可被其他使用者讀取；請對其執行 chmod 600</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SelfSignedCertificate</name>
    <message>
        <location filename="../src/exporter/selfsignedcertificate.cpp" line="+38"/>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exporter.tls.self_signed needs the openssl command to create a certificate; install openssl or give tls.cert_file and tls.key_file</source>
        <translation>exporter.tls.self_signed 需要 openssl 指令來建立憑證；請安裝 openssl，或提供 tls.cert_file 與 tls.key_file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>openssl could not create a self-signed certificate: %1</source>
        <translation>openssl 無法建立自簽署憑證：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot store the certificate in %1</source>
        <translation>無法將憑證儲存到 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>無法讀取 TLS 憑證 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中沒有 PEM 憑證</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation>無法讀取 TLS 金鑰 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no unencrypted PEM private key (EC, RSA or DSA)</source>
        <translation>%1 中沒有未加密的 PEM 私密金鑰（EC、RSA 或 DSA）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+112"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not saved:</source>
        <translation>未儲存：</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="+75"/>
        <source>cannot create the instance lock %1</source>
        <translation>無法建立執行個體鎖 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another Bandwatch is running for this configuration but does not answer (lock file %1)</source>
        <translation>另一個 Bandwatch 正在使用此設定執行，但沒有回應（鎖定檔 %1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot listen on the local socket %1: %2</source>
        <translation>無法監聽本機通訊端 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SmtpClient</name>
    <message>
        <location filename="../src/alerts/smtpclient.cpp" line="+108"/>
        <source>cannot initialise libcurl</source>
        <translation>無法初始化 libcurl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>out of memory</source>
        <translation>記憶體不足</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>interrupted by shutdown</source>
        <translation>因關閉而中斷</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server rejected the login of user &quot;%1&quot;: wrong user name or password</source>
        <translation>伺服器拒絕了使用者「%1」的登入：使用者名稱或密碼錯誤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server offers STARTTLS but refused it with &quot;%1&quot;, and starttls is required: nothing was sent (often a temporary problem on the server&apos;s side)</source>
        <translation>伺服器提供 STARTTLS，但以「%1」拒絕了它，而 starttls 為必要：未傳送任何內容（通常是伺服器端的暫時性問題）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not offer STARTTLS, and starttls is required: nothing was sent (set starttls: optional only if clear text is acceptable)</source>
        <translation>伺服器不提供 STARTTLS，而 starttls 設為 required：未傳送任何內容（僅在可以接受明文時才設定 starttls: optional）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s TLS certificate is not trusted (%1); if your own CA signed it, set ca_file to that CA&apos;s certificate</source>
        <translation>伺服器的 TLS 憑證不受信任（%1）；如果是您自己的 CA 簽發的，請將 ca_file 設定為該 CA 的憑證</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot use the CA file &quot;%1&quot; (%2)</source>
        <translation>無法使用 CA 檔案「%1」（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed (%1)</source>
        <translation>TLS 交握失敗（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot resolve the host name %1</source>
        <translation>無法解析主機名稱 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot connect to %1 (%2); is the server running and the port right?</source>
        <translation>無法連線到 %1（%2）；伺服器是否在執行、連接埠是否正確？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 in time (%2)</source>
        <translation>%1 未及時回應（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e-mail via %1 failed: %2</source>
        <translation>透過 %1 傳送電子郵件失敗：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (last server reply: &quot;%1&quot;)</source>
        <translation>（伺服器最後的回覆：「%1」）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceDialog</name>
    <message>
        <location filename="../src/gui/sourcedialog.cpp" line="+65"/>
        <source>Add Source</source>
        <translation>新增資料來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Source %1</source>
        <translation>編輯資料來源 %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Also in the file, kept as written: %1</source>
        <translation>檔案中的其他鍵（保持原樣）：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the source an id (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;).</source>
        <translation>請為資料來源指定 ID（字母、數字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another source already has the id &quot;%1&quot;.</source>
        <translation>已有其他資料來源使用 ID「%1」。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fix the problems shown above first.</source>
        <translation>請先修正上方顯示的問題。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Polling %1 (timeout %2 s)…</source>
        <translation>正在輪詢 %1（逾時 %2 秒）…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source answered, but reported no series (no traffic, or nothing matched its settings).</source>
        <translation>資料來源已回應，但未回報任何序列（沒有流量，或沒有內容符合其設定）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>OK, %n series:</source>
        <translation>
            <numerusform>成功，%n 個序列：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceListModel</name>
    <message>
        <location filename="../src/gui/sourcelistmodel.cpp" line="+96"/>
        <source>Polled while Bandwatch runs</source>
        <translation>Bandwatch 執行時輪詢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the file, not polled</source>
        <translation>保留在檔案中，不輪詢</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>60s (default)</source>
        <translation>60s（預設）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>URL in %1</source>
        <translation>URL 位於 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (path hidden)</source>
        <translation>%1（路徑已隱藏）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>include: %1</source>
        <translation>包含：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exclude: %1</source>
        <translation>排除：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all interfaces</source>
        <translation>所有介面</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceOptionsForm</name>
    <message>
        <location filename="../src/gui/sourceoptionsform.cpp" line="+61"/>
        <source>This dialog has no form for the options of this type yet: set them in the configuration file (they are kept as written).</source>
        <translation>此對話框尚無該類型選項的表單：請在設定檔中設定（它們會保持原樣）。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(default)</source>
        <translation>（預設）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>type a new value to replace it</source>
        <translation>輸入新值以取代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the value</source>
        <translation>輸入值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New value entered: it is stored in a file only you can read when the settings are applied.</source>
        <translation>已輸入新值：套用設定時，它將儲存到只有您能讀取的檔案中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the desktop keychain (%1)</source>
        <translation>在桌面鑰匙圈中（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in %1</source>
        <translation>儲存在 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in the configuration file (a new value moves it to a file only you can read)</source>
        <translation>直接寫在設定檔中（輸入新值會將其移到只有您能讀取的檔案中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceProbe</name>
    <message>
        <location filename="../src/app/sourceprobe.cpp" line="+46"/>
        <source>unknown source type &quot;%1&quot;</source>
        <translation>未知的資料來源類型「%1」</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>First reading taken; reading again in %1 to measure the traffic.</source>
        <translation>已完成第一次讀取；將在 %1 後再次讀取以測量流量。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>in %1</source>
        <translation>入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out %1</source>
        <translation>出 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 over %3</source>
        <translation>%1：%2，歷時 %3</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceTreeModel</name>
    <message>
        <location filename="../src/gui/sourcetreemodel.cpp" line="+309"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>接收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out</source>
        <translation>傳送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <location filename="../src/gui/sourcetreetext.cpp" line="+15"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Degraded</source>
        <translation>降級</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source &quot;%1&quot; (%2): %3</source>
        <translation>資料來源「%1」（%2）：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last success: %1</source>
        <translation>上次成功：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No successful poll yet</source>
        <translation>尚無成功的輪詢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls: %1, failed: %2</source>
        <translation>輪詢：%1 次，失敗：%2 次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourcesPage</name>
    <message>
        <location filename="../src/gui/sourcespage.cpp" line="+42"/>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TencentCdnResponse</name>
    <message>
        <location filename="../src/sources/cdn/tencentcdnresponse.cpp" line="+42"/>
        <source>Tencent Cloud: the response has no Response object</source>
        <translation>騰訊雲：回應中沒有 Response 物件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud error %1: %2 (RequestId %3)</source>
        <translation>騰訊雲錯誤 %1：%2（RequestId %3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tencent Cloud: unknown Interval &quot;%1&quot; (expected min, 5min, hour or day)</source>
        <translation>騰訊雲：未知的 Interval「%1」（應為 min、5min、hour 或 day）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tencent Cloud: the response has no Data list</source>
        <translation>騰訊雲：回應中沒有 Data 清單</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tencent Cloud: metric &quot;%1&quot; is not traffic</source>
        <translation>騰訊雲：指標「%1」不是流量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tencent Cloud: invalid data point (Time &quot;%1&quot;) for %2</source>
        <translation>騰訊雲：%2 的資料點無效（Time「%1」）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TencentCdnSource</name>
    <message>
        <location filename="../src/sources/cdn/tencentcdnsource.cpp" line="+45"/>
        <source>domains: DescribeCdnData takes at most 30 domains; split them over two sources</source>
        <translation>domains：DescribeCdnData 最多接受 30 個網域；請將它們拆分到兩個資料來源中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>area must be mainland or overseas</source>
        <translation>area 必須為 mainland 或 overseas</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TestMail</name>
    <message>
        <location filename="../src/alerts/testmail.cpp" line="+34"/>
        <source>Test message from Bandwatch</source>
        <translation>Bandwatch 測試郵件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a test message from the Bandwatch settings on %1, sent %2 via %3.

It arrived, so quota alerts sent by e-mail with these settings will arrive too.
</source>
        <translation>這是一封來自 %1 上 Bandwatch 設定的測試郵件,於 %2 經由 %3 傳送。

您收到了它,表示使用這些設定以電子郵件傳送的配額警報也能送達。
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server %1 accepted the test message for %2.</source>
        <translation>伺服器 %1 已接受寄給 %2 的測試郵件。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrafficTableModel</name>
    <message>
        <location filename="../src/gui/traffictablemodel.cpp" line="+172"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Period</source>
        <translation>時段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In (bytes)</source>
        <translation>入站（位元組）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out (bytes)</source>
        <translation>出站（位元組）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total (bytes)</source>
        <translation>合計（位元組）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak (bit/s)</source>
        <translation>峰值（bit/s）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th percentile (bit/s)</source>
        <translation>第 95 百分位數（bit/s）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrafficTableView</name>
    <message>
        <location filename="../src/gui/traffictableview.cpp" line="+178"/>
        <source>Export Traffic Table</source>
        <translation>匯出流量表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrayIcon</name>
    <message>
        <location filename="../src/gui/trayicon.cpp" line="+82"/>
        <source>Bandwatch</source>
        <translation>Bandwatch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: error</source>
        <translation>%1：錯誤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: waiting for data</source>
        <translation>%1：等待資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: in %2, out %3</source>
        <translation>%1：接收 %2，傳送 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worst quota: %1</source>
        <translation>最吃緊的配額：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts paused until %1</source>
        <translation>提醒已暫停至 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bandwatch is still running</source>
        <translation>Bandwatch 仍在執行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps measuring in the background. Click the tray icon to open the window again, or choose Quit from its menu to exit.</source>
        <translation>它會在背景繼續測量。按一下系統匣圖示可重新開啟視窗，或從其選單中選擇「結束」以結束程式。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Hide Bandwatch</source>
        <translation>隱藏 Bandwatch(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show Bandwatch</source>
        <translation>顯示 Bandwatch(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Pause alerts for 1 hour (paused until %1)</source>
        <translation>暫停提醒 1 小時(&amp;P)（暫停至 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause alerts for 1 hour</source>
        <translation>暫停提醒 1 小時(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrayNotifier</name>
    <message>
        <location filename="../src/gui/traynotifier.cpp" line="+57"/>
        <source>Bandwatch quota alert</source>
        <translation>Bandwatch 配額警報</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show quota</source>
        <translation>顯示配額</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Units</name>
    <message>
        <location filename="../src/core/units.cpp" line="+103"/>
        <source>accepted units: B, kB (or KB), MB, GB, TB (powers of 1000), KiB, MiB, GiB, TiB (powers of 1024); a bare number is bytes</source>
        <translation>可接受的單位：B、kB（或 KB）、MB、GB、TB（1000 的冪次）、KiB、MiB、GiB、TiB（1024 的冪次）；不帶單位的數字表示位元組</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepted units: bit/s, kbit/s, Mbit/s, Gbit/s, Tbit/s (also written bps, kbps, Mbps, Gbps, Tbps or kb/s, Mb/s, Gb/s, Tb/s; K and k both mean kilo), Kibit/s, Mibit/s, Gibit/s, Tibit/s, and byte rates B/s, kB/s, MB/s, GB/s, TB/s, KiB/s, MiB/s, GiB/s, TiB/s (converted to bit/s)</source>
        <translation>可接受的單位：bit/s、kbit/s、Mbit/s、Gbit/s、Tbit/s（也可寫作 bps、kbps、Mbps、Gbps、Tbps 或 kb/s、Mb/s、Gb/s、Tb/s；K 與 k 都表示千）、Kibit/s、Mibit/s、Gibit/s、Tibit/s，以及位元組速率 B/s、kB/s、MB/s、GB/s、TB/s、KiB/s、MiB/s、GiB/s、TiB/s（換算為 bit/s）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accepted: a number followed by ms, s, m, h, d or w, several such parts from the largest unit to the smallest (&quot;1h30m&quot;), or a bare number of seconds</source>
        <translation>可接受：數字後接 ms、s、m、h、d 或 w，可由大到小組合多個這樣的部分（「1h30m」），或不帶單位的秒數</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a valid %2: %3; %4</source>
        <translation>%1 不是有效的%2：%3；%4</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>byte size</source>
        <translation>位元組大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <location line="+37"/>
        <source>it is empty</source>
        <translation>內容為空</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+51"/>
        <source>it does not start with a non-negative number</source>
        <translation>不是以非負數開頭</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+55"/>
        <location line="+70"/>
        <source>unknown unit %1</source>
        <translation>未知單位 %1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>it is larger than %1 bytes</source>
        <translation>超過了 %1 位元組</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>bit rate</source>
        <translation>位元速率</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the unit is missing</source>
        <translation>缺少單位</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>the number is out of range</source>
        <translation>數字超出範圍</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>duration</source>
        <translation>時間長度</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a non-negative number at %1</source>
        <translation>在 %1 處應為非負數</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a number without a unit can only stand alone</source>
        <translation>不帶單位的數字只能單獨使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected %1</source>
        <translation>非預期的 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the unit %1 is repeated or out of order</source>
        <translation>單位 %1 重複或順序錯誤</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is too long</source>
        <translation>內容過長</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatCommand</name>
    <message>
        <location filename="../src/sources/vnstatcommand.cpp" line="+83"/>
        <source>vnstat printed more than %1; stopped it</source>
        <translation>vnstat 輸出超過了 %1；已將其停止</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the vnstat command &quot;%1&quot; was not found (install the vnstat package, or set command: to its full path)</source>
        <translation>找不到 vnstat 指令「%1」（請安裝 vnstat 套件，或將 command: 設定為其完整路徑）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot run &quot;%1&quot;: %2</source>
        <translation>無法執行「%1」：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vnstat crashed or was killed</source>
        <translation>vnstat 當機或被終止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat crashed or was killed: %1</source>
        <translation>vnstat 當機或被終止：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vnstat did not finish within %1 and was stopped (command_timeout)</source>
        <translation>vnstat 未在 %1 內完成，已被停止（command_timeout）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vnstat does not know the interface &quot;%1&quot; (exit code %2): %3</source>
        <translation>vnstat 不認得介面「%1」（結束代碼 %2）：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vnstat cannot read its database (exit code %1; check dbdir/config and that vnstatd created it): %2</source>
        <translation>vnstat 無法讀取其資料庫（結束代碼 %1；請檢查 dbdir/config，並確認 vnstatd 已建立該資料庫）：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vnstat cannot read its configuration (exit code %1): %2</source>
        <translation>vnstat 無法讀取其設定（結束代碼 %1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat failed with exit code %1: %2</source>
        <translation>vnstat 失敗，結束代碼 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no output)</source>
        <translation>（無輸出）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterBaseline</name>
    <message>
        <location filename="../src/sources/vnstatexporterbaseline.cpp" line="+37"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a vnstat-exporter state file; the first poll takes a new baseline</source>
        <translation>%1 不是 vnstat-exporter 狀態檔案；首次輪詢將建立新的基準</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterSource</name>
    <message>
        <location filename="../src/sources/vnstatexportersource.cpp" line="+62"/>
        <source>cannot read url_file: %1</source>
        <translation>無法讀取 url_file：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no url configured</source>
        <translation>未設定 url</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>url is not an http:// or https:// URL with a host</source>
        <translation>url 不是帶有主機的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown option &quot;%1&quot; for a vnstat-exporter source (known: %2)</source>
        <translation>vnstat-exporter 資料來源不支援選項「%1」（可用：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a single value</source>
        <translation>%1 必須是單一值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give either url or url_file, not both</source>
        <translation>只能提供 url 或 url_file 其中之一，不可同時提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url is required: the exporter&apos;s address including its secret path, e.g. http://host:50000/webhook/secret-... (or url_file)</source>
        <translation>需要 url：匯出器的位址，包括其秘密路徑，例如 http://host:50000/webhook/secret-...（或 url_file）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>url has no path: the exporter serves its totals on its secret path, e.g. /webhook/secret-...</source>
        <translation>url 沒有路徑：匯出器在其秘密路徑上提供總量，例如 /webhook/secret-...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check_health must be true or false</source>
        <translation>check_health 必須為 true 或 false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>series must not be empty</source>
        <translation>series 不可為空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation>max_gap_intervals 必須是不小於 1 的整數</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>HTTP %1 from %2</source>
        <translation>來自 %2 的 HTTP %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>health check failed: %1</source>
        <translation>健康檢查失敗：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the exporter at %1 reports itself unhealthy (status &quot;%2&quot;)</source>
        <translation>%1 上的匯出器回報自身狀態不良（狀態「%2」）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (is the secret path in url right?)</source>
        <translation>（url 中的秘密路徑是否正確？）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer of %1 is not a vnstat exporter&apos;s totals (%2): %3</source>
        <translation>%1 的回應不是 vnstat 匯出器的總量（%2）：%3</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterTotals</name>
    <message>
        <location filename="../src/core/vnstatexportertotals.cpp" line="+57"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：位移 %2 處的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a JSON object with &quot;start_date&quot;, &quot;in&quot; and &quot;out&quot;</source>
        <translation>應為包含 &quot;start_date&quot;、&quot;in&quot; 與 &quot;out&quot; 的 JSON 物件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;start_date&quot; is missing or not a string</source>
        <translation>&quot;start_date&quot; 缺漏或不是字串</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;start_date&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;start_date&quot; 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation>&quot;%1&quot; 缺漏或不是數字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a plausible traffic total in MiB</source>
        <translation>&quot;%1&quot; 不是合理的流量總量（MiB）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatParser</name>
    <message>
        <location filename="../src/core/vnstatparser.cpp" line="+30"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：位移 %2 處的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vnstat JSON document (the top level is not an object)</source>
        <translation>不是 vnstat JSON 文件（最上層不是物件）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vnstat API envelope holds no data (error: %1)</source>
        <translation>vnstat API 封裝中沒有資料（錯誤：%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not vnstat --json output (no &quot;jsonversion&quot;)</source>
        <translation>不是 vnstat --json 的輸出（沒有「jsonversion」）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is the output of vnstat --live or --traffic (current rates), not of the database (vnstat --json)</source>
        <translation>這是 vnstat --live 或 --traffic 的輸出（目前速率），而不是資料庫的輸出（vnstat --json）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported jsonversion &quot;%1&quot; (Bandwatch reads 1 and 2)</source>
        <translation>不支援的 jsonversion「%1」（Bandwatch 可讀取 1 與 2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;interfaces&quot; is missing or not a list</source>
        <translation>「interfaces」缺漏或不是清單</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interface %1 is not an object</source>
        <translation>介面 %1 不是物件</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatSource</name>
    <message>
        <location filename="../src/sources/vnstatsource.cpp" line="+88"/>
        <source>unknown option &quot;%1&quot; for a vnstat source (known: %2)</source>
        <translation>vnstat 資料來源不支援選項「%1」（可用：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a single value</source>
        <translation>%1 必須是單一值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must not be empty</source>
        <translation>%1 不可為空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command_timeout must be at least 100ms</source>
        <translation>command_timeout 必須至少為 100ms</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>vnstat printed something that is not its JSON database dump (%1); the output begins: &quot;%2&quot;</source>
        <translation>vnstat 輸出的內容不是其 JSON 資料庫傾印（%1）；輸出開頭為：「%2」</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>interface &quot;%1&quot; is not in vnstat&apos;s database (it has: %2)</source>
        <translation>介面「%1」不在 vnstat 的資料庫中（現有：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vnstat&apos;s database has no interfaces yet: add one with &quot;vnstat --add -i NAME&quot; and make sure vnstatd is running</source>
        <translation>vnstat 的資料庫中還沒有介面：請用「vnstat --add -i NAME」新增一個，並確認 vnstatd 正在執行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vnstat&apos;s data was last written %1 ago (%2 UTC), longer than stale_after (%3): vnstatd is not running, or not monitoring %4 (the history it holds is imported all the same)</source>
        <translation>vnstat 的資料最後一次寫入是在 %1 前（%2 UTC），超過了 stale_after（%3）：vnstatd 未執行，或未監控 %4（其既有的歷史資料仍會照常匯入）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatWatermarks</name>
    <message>
        <location filename="../src/sources/vnstatwatermarks.cpp" line="+38"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a vnstat import state file; starting a full import</source>
        <translation>%1 不是 vnstat 匯入狀態檔；將開始完整匯入</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::WebhookNotifier</name>
    <message>
        <location filename="../src/alerts/webhooknotifier.cpp" line="+84"/>
        <source>webhook %1 answered HTTP %2 %3</source>
        <translation>webhook %1 回傳了 HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>webhook %1 failed: %2</source>
        <translation>webhook %1 失敗：%2</translation>
    </message>
</context>
<context>
    <name>CdnJson</name>
    <message>
        <location filename="../src/sources/cdn/cdnjson.cpp" line="+19"/>
        <source>%1: the response is not valid JSON (%2 at byte %3): %4</source>
        <translation>%1：回應不是有效的 JSON（位元組 %3 處的 %2）：%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the response is not a JSON object</source>
        <translation>%1：回應不是 JSON 物件</translation>
    </message>
</context>
<context>
    <name>ChartQuotas</name>
    <message>
        <location filename="../src/gui/chartquotas.cpp" line="+95"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th percentile</source>
        <translation>第 95 百分位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bandwidth</source>
        <translation>頻寬</translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <location filename="../src/app/collector.cpp" line="-80"/>
        <source>source &quot;%1&quot; has an unknown type &quot;%2&quot;</source>
        <translation>資料來源「%1」的類型「%2」未知</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="+28"/>
        <source>Watches bandwidth and traffic quotas of interfaces, CDNs, Kong, Prometheus and vnstat.</source>
        <translation>監視網路介面、CDN、Kong、Prometheus 與 vnstat 的頻寬與流量配額。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the version and exit.</source>
        <translation>顯示版本並結束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this configuration file.</source>
        <translation>使用此設定檔。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collect, alert and export with no GUI until SIGTERM/SIGINT.</source>
        <translation>以無介面方式收集、警報與匯出，直到收到 SIGTERM/SIGINT。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poll every source, print samples as JSON lines, store nothing.</source>
        <translation>輪詢每個資料來源，以 JSON 行輸出樣本，不儲存任何內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Polls per source in --dry-run (default 2).</source>
        <translation>--dry-run 中每個資料來源的輪詢次數（預設為 2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validate a configuration file and exit.</source>
        <translation>驗證設定檔並結束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debug, info, warning or error.</source>
        <translation>debug、info、warning 或 error。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair a damaged history database (the one --config names): keep the damaged file beside it and copy every readable row into a new one.</source>
        <translation>修復損毀的歷史資料庫（--config 指定的那個）：將損毀的檔案保留在旁邊，並把所有可讀取的列複製到新檔案中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--polls needs a whole number of at least 1</source>
        <translation>--polls 需要不小於 1 的整數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument: %1</source>
        <translation>非預期的引數：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--polls only makes sense with --dry-run</source>
        <translation>--polls 僅在與 --dry-run 一起使用時才有意義</translation>
    </message>
</context>
<context>
    <name>ConfigNode</name>
    <message>
        <location filename="../src/core/confignode.cpp" line="+108"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a single value</source>
        <translation>單一值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping</source>
        <translation>對應</translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <location filename="../ui/customrangedialog.ui" line="+14"/>
        <source>Custom Range</source>
        <translation>自訂範圍</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The end must be after the start.</source>
        <translation>結束時間必須晚於開始時間。</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <location filename="../src/app/dryrun.cpp" line="+32"/>
        <source>the configuration has no enabled sources</source>
        <translation>設定中沒有已啟用的資料來源</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>source %1: poll failed: %2
</source>
        <translation>資料來源 %1：輪詢失敗：%2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source %1: degraded: %2
</source>
        <translation>資料來源 %1：降級：%2
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>source %1 failed on every poll
</source>
        <translation>資料來源 %1 每次輪詢均失敗
</translation>
    </message>
</context>
<context>
    <name>ExporterPage</name>
    <message>
        <location filename="../ui/exporterpage.ui" line="+38"/>
        <source>Serve metrics and the JSON API (exporter enabled)</source>
        <translation>提供指標與 JSON API(啟用匯出器)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Listen on:</source>
        <translation>監聽位址(&amp;L):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (plain HTTP)</source>
        <translation>無(明文 HTTP)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate and key files</source>
        <translation>憑證與私鑰檔案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ce&amp;rtificate:</source>
        <translation>憑證(&amp;R):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Key:</source>
        <translation>私鑰(&amp;K):</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Self-signed (generated on first start, fingerprint logged)</source>
        <translation>自簽署(首次啟動時產生,指紋記錄於日誌)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API keys</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Create key…</source>
        <translation>建立金鑰(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move key</source>
        <translation>移除金鑰(&amp;M)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>For Prometheus</source>
        <translation>供 Prometheus 使用</translation>
    </message>
</context>
<context>
    <name>LogSetup</name>
    <message>
        <location filename="../src/app/logsetup.cpp" line="+59"/>
        <source>unknown log level &quot;%1&quot; (use %2)</source>
        <translation>未知的日誌層級「%1」（請使用 %2）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>Bandwatch</source>
        <translation>Bandwatch</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open Configuration File</source>
        <translation>開啟設定檔(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the configuration file in the default editor</source>
        <translation>在預設編輯器中開啟設定檔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload Configuration</source>
        <translation>重新載入設定(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the configuration file again and restart the sources</source>
        <translation>重新讀取設定檔並重新啟動資料來源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the sources, quotas, notifications and exporter</source>
        <translation>編輯資料來源、配額、通知與匯出器</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>15 min</source>
        <translation>15 分鐘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last 15 minutes</source>
        <translation>顯示最近 15 分鐘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 h</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last hour</source>
        <translation>顯示最近 1 小時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>24 h</source>
        <translation>24 小時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last 24 hours</source>
        <translation>顯示最近 24 小時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Bandwatch</source>
        <translation>關於 Bandwatch(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../ui/newkeydialog.ui" line="+14"/>
        <source>New API Key</source>
        <translation>新 API 金鑰</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This key will not be shown again. Copy it now; Bandwatch keeps only the file it was written to.</source>
        <translation>此金鑰不會再次顯示。請立即複製;Bandwatch 只保留寫入它的檔案。</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../ui/notificationspage.ui" line="+29"/>
        <source>Send alerts by e-mail</source>
        <translation>以電子郵件傳送警報</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server &amp;URL:</source>
        <translation>伺服器 URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>smtp://mail.example.com:587 or smtps://mail.example.com:465</source>
        <translation>smtp://mail.example.com:587 或 smtps://mail.example.com:465</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;STARTTLS:</source>
        <translation>&amp;STARTTLS:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;From:</source>
        <translation>寄件者(&amp;F):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>收件者(&amp;T):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User na&amp;me:</source>
        <translation>使用者名稱(&amp;M):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: no login</source>
        <translation>留空:不登入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;CA file:</source>
        <translation>CA 檔案(&amp;C):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>留空:使用系統的憑證授權單位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verify the server&apos;s certificate and host name</source>
        <translation>驗證伺服器的憑證與主機名稱</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate verification is off: anyone on the network path can read the password and the alerts. Never use this in production.</source>
        <translation>憑證驗證已關閉:網路路徑上的任何人都能讀取密碼與警報。切勿在正式環境中使用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject p&amp;refix:</source>
        <translation>主旨前綴(&amp;R):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>T&amp;imeout:</source>
        <translation>逾時(&amp;I):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send test &amp;mail</source>
        <translation>傳送測試郵件(&amp;M)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Post alerts to a webhook</source>
        <translation>將警報傳送到 Webhook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Headers:</source>
        <translation>標頭(&amp;H):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one per line, e.g. Authorization: Bearer ${TOKEN}</source>
        <translation>每行一個,例如 Authorization: Bearer ${TOKEN}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ti&amp;meout:</source>
        <translation>逾時(&amp;M):</translation>
    </message>
</context>
<context>
    <name>PrometheusSource</name>
    <message>
        <location filename="../src/sources/prometheussamples.cpp" line="+35"/>
        <source>a series has %1=&quot;%2&quot;, which is neither in/ingress/rx nor out/egress/tx</source>
        <translation>某個序列的 %1=「%2」，既不是 in/ingress/rx，也不是 out/egress/tx</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../ui/quotadialog.ui" line="+14"/>
        <source>Quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. cdn-monthly</source>
        <translation>例如 cdn-monthly</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, shown in alerts</source>
        <translation>選填,顯示於警報中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Source:</source>
        <translation>資料來源(&amp;S):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Series &amp;name:</source>
        <translation>序列名稱(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>any (glob, e.g. eth* or api)</source>
        <translation>任意(萬用字元,例如 eth* 或 api)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Labels:</source>
        <translation>標籤(&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. service=api, route=*</source>
        <translation>例如 service=api, route=*</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Limit</source>
        <translation>限額</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&amp;imit:</source>
        <translation>限額(&amp;I):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 2TB</source>
        <translation>例如 2TB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Window:</source>
        <translation>時間窗(&amp;W):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>S&amp;tatistic:</source>
        <translation>統計方式(&amp;T):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Thresholds (%):</source>
        <translation>門檻(%)(&amp;T):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Billing cycle</source>
        <translation>計費週期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Period:</source>
        <translation>週期(&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starts &amp;on:</source>
        <translation>起始於(&amp;O):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Time &amp;zone:</source>
        <translation>時區(&amp;Z):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current cycle:</source>
        <translation>目前週期:</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../ui/quotaspage.ui" line="+29"/>
        <source>Each quota covers a selection of series over a billing cycle. An alert is sent once per threshold and cycle.</source>
        <translation>每個配額涵蓋計費週期內選定的序列。每個門檻在每個週期只傳送一次警報。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../src/app/secretfile.cpp" line="+32"/>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../ui/sourcedialog.ui" line="+14"/>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. kong-eu</source>
        <translation>例如 kong-eu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>T&amp;ype:</source>
        <translation>類型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;N)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Timeout:</source>
        <translation>逾時(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the interval, at most 30s</source>
        <translation>同間隔，最多 30s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Enabled (polled while Bandwatch runs)</source>
        <translation>啟用(&amp;E)（Bandwatch 執行時輪詢）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test Now</source>
        <translation>立即測試(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll this source once with the values above, without saving them</source>
        <translation>使用上方的值輪詢此資料來源一次，不儲存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Press Test Now to poll the source once and see what it reports.</source>
        <translation>按「立即測試」輪詢資料來源一次，查看其回報的內容。</translation>
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <location filename="../src/sources/sourcefactory.cpp" line="+89"/>
        <source>unknown source type &quot;%1&quot; (known types: %2)</source>
        <translation>未知的資料來源類型「%1」（已知類型：%2）</translation>
    </message>
</context>
<context>
    <name>SourceFields</name>
    <message>
        <location filename="../src/gui/sourcefields.cpp" line="+40"/>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (basic authentication)</source>
        <translation>無（基本驗證）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token:</source>
        <translation>權杖：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token header:</source>
        <translation>權杖標頭：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all interfaces, or globs such as eth*, wlan*</source>
        <translation>所有介面，或萬用字元如 eth*, wlan*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glob patterns, separated by commas</source>
        <translation>萬用字元模式，以逗號分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Max. gap (intervals):</source>
        <translation>最大間隙（間隔數）：</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Interface:</source>
        <translation>介面：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every interface vnstat knows</source>
        <translation>vnstat 已知的所有介面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat configuration:</source>
        <translation>vnstat 設定：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>vnstat&apos;s default</source>
        <translation>vnstat 的預設值</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Database folder:</source>
        <translation>資料庫資料夾：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale after:</source>
        <translation>過期時間：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check /health first</source>
        <translation>先檢查 /health</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+12"/>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The exporter&apos;s address including its secret path</source>
        <translation>匯出器的位址，包括其秘密路徑</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Series name:</source>
        <translation>序列名稱：</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>URLs (several nodes):</source>
        <translation>URL 清單（多個節點）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instead of URL: node URLs separated by commas</source>
        <translation>代替 URL：以逗號分隔的節點 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep labels:</source>
        <translation>保留標籤：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (aggregated); consumer, workspace</source>
        <translation>無（彙總）；consumer, workspace</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Query (PromQL):</source>
        <translation>查詢（PromQL）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series labels:</source>
        <translation>序列標籤：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels that name a series, e.g. service</source>
        <translation>用於命名序列的標籤，例如 service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction label:</source>
        <translation>方向標籤：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed direction:</source>
        <translation>固定方向：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step:</source>
        <translation>步長：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the interval</source>
        <translation>同間隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay:</source>
        <translation>延遲：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range mode: max(30s, step); instant: 0s</source>
        <translation>range 模式：max(30s, step)；instant：0s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First poll reaches back:</source>
        <translation>首次輪詢回溯：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch again (late data):</source>
        <translation>重新取得（延遲資料）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API endpoint:</source>
        <translation>API 端點：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider&apos;s default</source>
        <translation>服務商預設值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains:</source>
        <translation>網域：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cdn.example.com, img.example.com</source>
        <translation>cdn.example.com, img.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zone ID:</source>
        <translation>區域 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>API token:</source>
        <translation>API 權杖：</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>A token with the Analytics Read permission</source>
        <translation>具有 Analytics Read 權限的權杖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecretId:</source>
        <translation>SecretId：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>SecretKey:</source>
        <translation>SecretKey：</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Area:</source>
        <translation>區域：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service ID:</source>
        <translation>服務 ID：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service ID</source>
        <translation>服務 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client token:</source>
        <translation>用戶端權杖：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>用戶端密鑰：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>存取權杖：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distribution IDs:</source>
        <translation>分配 ID：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID:</source>
        <translation>存取金鑰 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access key:</source>
        <translation>秘密存取金鑰：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IAM key allowed cloudwatch:GetMetricData</source>
        <translation>允許 cloudwatch:GetMetricData 的 IAM 金鑰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period (seconds):</source>
        <translation>週期（秒）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settling delay:</source>
        <translation>穩定延遲：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account name:</source>
        <translation>帳戶名稱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an API key; or leave empty and use an AccessKey</source>
        <translation>搭配 API 金鑰使用；或留空並使用 AccessKey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>API 金鑰：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey:</source>
        <translation>AccessKey：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granularity:</source>
        <translation>資料粒度：</translation>
    </message>
</context>
<context>
    <name>SourceRunner</name>
    <message>
        <location filename="../src/app/sourceprobe.cpp" line="-62"/>
        <location filename="../src/app/sourcerunner.cpp" line="+156"/>
        <source>no answer within %1 s (timeout)</source>
        <translation>%1 秒內無回應（逾時）</translation>
    </message>
</context>
<context>
    <name>SourceState</name>
    <message>
        <location filename="../src/app/sourcestate.cpp" line="+11"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../ui/sourcespage.ui" line="+29"/>
        <source>Where Bandwatch reads traffic from. Each source is polled on its own timer; a disabled source stays in the file but is not polled.</source>
        <translation>Bandwatch 從哪裡讀取流量。每個資料來源依各自的計時器輪詢；停用的資料來源保留在檔案中，但不會被輪詢。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a source</source>
        <translation>新增資料來源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected source</source>
        <translation>編輯所選資料來源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected source from the configuration</source>
        <translation>從設定中移除所選資料來源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the selected source in the file but stop polling it</source>
        <translation>將所選資料來源保留在檔案中，但停止輪詢</translation>
    </message>
</context>
<context>
    <name>StartupGuard</name>
    <message>
        <location filename="../src/gui/startupguard.cpp" line="+68"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <location line="+32"/>
        <source>Bandwatch</source>
        <translation>Bandwatch</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Bandwatch cannot start: the configuration file has problems.</source>
        <translation>Bandwatch 無法啟動：設定檔有問題。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Configuration File</source>
        <translation>開啟設定檔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Try Again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Bandwatch cannot start.</source>
        <translation>Bandwatch 無法啟動。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair History</source>
        <translation>修復歷史記錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairing renames the damaged file to %1.damaged-&lt;time&gt;, keeps it there, and copies every row that can still be read into a new database at %1.</source>
        <translation>修復會將損毀的檔案重新命名為 %1.damaged-&lt;time&gt; 並保留，然後將所有仍可讀取的列複製到位於 %1 的新資料庫中。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The history database was repaired.</source>
        <translation>歷史資料庫已修復。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history database could not be repaired.</source>
        <translation>無法修復歷史資料庫。</translation>
    </message>
</context>
<context>
    <name>TrafficTableView</name>
    <message>
        <location filename="../ui/traffictableview.ui" line="+34"/>
        <source>&amp;Per:</source>
        <translation>統計週期(&amp;P)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hour (last 48 hours)</source>
        <translation>每小時（最近 48 小時）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day (last 31 days)</source>
        <translation>每天（最近 31 天）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month (last 12 months)</source>
        <translation>每月（最近 12 個月）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows (or the whole table) for a spreadsheet</source>
        <translation>複製選取的列（或整個表格），可貼到試算表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the table as a CSV file</source>
        <translation>將表格儲存為 CSV 檔案</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <location filename="../src/app/yamldocument.cpp" line="+58"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 語法錯誤：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/main.cpp" line="+45"/>
        <location line="+42"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: OK (%2 source(s))
</source>
        <translation>%1：OK（%2 個資料來源）
</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No usable display (%1): starting headless mode instead.</source>
        <translation>沒有可用的顯示器（%1）：改為以無介面模式啟動。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>signal %1: flushing and stopping</source>
        <translation>訊號 %1：正在寫入緩衝並停止</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Built without the GUI: starting headless mode.</source>
        <translation>建置時未包含 GUI：以無介面模式啟動。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bandwatch is already running: showing its window.</source>
        <translation>Bandwatch 已在執行：顯示其視窗。</translation>
    </message>
</context>
</TS>
