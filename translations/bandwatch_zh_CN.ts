<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertsConfig</name>
    <message>
        <location filename="../src/alerts/alertsconfig.cpp" line="+30"/>
        <source>quota &quot;%1&quot; selects source &quot;%2&quot;, which is not configured</source>
        <translation>配额“%1”选择了数据源“%2”，但该数据源未配置</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <location filename="../ui/apikeydialog.ui" line="+14"/>
        <source>Create API Key</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. prometheus</source>
        <translation>例如 prometheus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Scope:</source>
        <translation>权限(&amp;S):</translation>
    </message>
</context>
<context>
    <name>Bandwatch</name>
    <message>
        <location filename="../src/app/configloader.cpp" line="+76"/>
        <source>give only one of %1, %1_file and %1_keychain</source>
        <translation>%1、%1_file 和 %1_keychain 只能给出其中一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must name a keychain entry</source>
        <translation>%1 必须指定一个密钥环条目</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>key &quot;%1&quot; appears twice in the same mapping</source>
        <translation>键“%1”在同一映射中出现了两次</translation>
    </message>
    <message>
        <location filename="../src/storage/historyconnection.cpp" line="+27"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Qt SQLite driver does not expose its sqlite3 handle</source>
        <translation>Qt SQLite 驱动未公开其 sqlite3 句柄</translation>
    </message>
    <message>
        <location filename="../src/alerts/alertformatter.cpp" line="+22"/>
        <source>volume</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bandwidth</source>
        <translation>带宽</translation>
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
        <translation>上行（发送）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in and out</source>
        <translation>下行和上行</translation>
    </message>
    <message>
        <location filename="../src/alerts/alertstore.cpp" line="+24"/>
        <source>alert database: %1</source>
        <translation>告警数据库：%1</translation>
    </message>
    <message>
        <location filename="../src/alerts/notificationconfig.cpp" line="+61"/>
        <source>%1: give either %2 or %2_file, not both</source>
        <translation>%1：只能给出 %2 或 %2_file 其中之一，不能同时给出</translation>
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
        <translation>%1：%2 必须是 100ms 到 1d 之间的时长，例如 30s</translation>
    </message>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="+124"/>
        <source>exporter.api_keys must be a list of {name, scope, key_file} or {name, scope, key}</source>
        <translation>exporter.api_keys 必须是由 {name, scope, key_file} 或 {name, scope, key} 组成的列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>each API key must be a mapping with name, scope and key_file (or key)</source>
        <translation>每个 API 密钥必须是包含 name、scope 和 key_file（或 key）的映射</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key without a name</source>
        <translation>API 密钥缺少名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key name &quot;%1&quot; is used twice</source>
        <translation>API 密钥名称“%1”被使用了两次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key &quot;%1&quot;: scope must be read or write</source>
        <translation>API 密钥“%1”：scope 必须为 read 或 write</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key &quot;%1&quot; needs exactly one of key (e.g. &quot;${ENV_VAR}&quot;) and key_file</source>
        <translation>API 密钥“%1”必须且只能给出 key（例如 &quot;${ENV_VAR}&quot;）和 key_file 其中之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>API key &quot;%1&quot;: %2</source>
        <translation>API 密钥“%1”：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API key &quot;%1&quot; is written inline; prefer key: &quot;${ENV_VAR}&quot; or key_file</source>
        <translation>API 密钥“%1”以明文直接写在配置中；建议使用 key: &quot;${ENV_VAR}&quot; 或 key_file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; is empty</source>
        <translation>API 密钥“%1”为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; contains white space, which an Authorization header cannot carry</source>
        <translation>API 密钥“%1”包含空白字符，Authorization 标头无法携带</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key &quot;%1&quot; is shorter than 16 characters; use a long random key (e.g. openssl rand -hex 32)</source>
        <translation>API 密钥“%1”短于 16 个字符；请使用较长的随机密钥（例如 openssl rand -hex 32）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; has the same value as another key</source>
        <translation>API 密钥“%1”与另一个密钥的值相同</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exporter.tls must be a mapping: {cert_file, key_file} or {self_signed: true}</source>
        <translation>exporter.tls 必须是映射：{cert_file, key_file} 或 {self_signed: true}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>exporter.tls: give either cert_file and key_file, or self_signed: true, not both</source>
        <translation>exporter.tls：请给出 cert_file 和 key_file，或者 self_signed: true，不能同时给出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exporter.tls needs both cert_file and key_file</source>
        <translation>exporter.tls 需要同时给出 cert_file 和 key_file</translation>
    </message>
    <message>
        <location filename="../src/app/configeditor.cpp" line="+35"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/keychain.cpp" line="+49"/>
        <source>keychain error %1</source>
        <translation>密钥环错误 %1</translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/akamaireportresponse.cpp" line="+28"/>
        <source>Akamai error %1 %2</source>
        <translation>Akamai 错误 %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (next request allowed at %1)</source>
        <translation>（下次请求允许的时间：%1）</translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnresponse.cpp" line="+20"/>
        <source>Alibaba Cloud error %1: %2 (RequestId %3)</source>
        <translation>阿里云错误 %1：%2（RequestId %3）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alibaba Cloud: the response has no valid DataInterval</source>
        <translation>阿里云：响应中没有有效的 DataInterval</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alibaba Cloud: invalid data point (TimeStamp &quot;%1&quot;)</source>
        <translation>阿里云：无效的数据点（TimeStamp“%1”）</translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/cloudwatchmetricdataresponse.cpp" line="+109"/>
        <source>AWS error %1: %2 (RequestId %3)</source>
        <translation>AWS 错误 %1：%2（RequestId %3）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AkamaiReportResponse</name>
    <message>
        <location filename="../src/sources/cdn/akamaireportresponse.cpp" line="+38"/>
        <source>Akamai: the response has no data list</source>
        <translation>Akamai：响应中没有数据列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akamai: the report was cut at its row limit (hasMoreRows); shorten lookback or use fewer hostnames</source>
        <translation>Akamai：报告在行数上限处被截断（hasMoreRows）；请缩短 lookback 或减少主机名</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Akamai: a row has no hostname or no valid edgeBytesSum</source>
        <translation>Akamai：某行没有主机名或没有有效的 edgeBytesSum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akamai: a row of %1 has no valid %2</source>
        <translation>Akamai：%1 的某行没有有效的 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akamai: rows without a time dimension need metadata start and end</source>
        <translation>Akamai：没有时间维度的行需要元数据中的 start 和 end</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertFormatter</name>
    <message>
        <location filename="../src/alerts/alertformatter.cpp" line="+30"/>
        <source>%1: projected to exceed the %2 quota%3 (%4 of %5 used, %6 expected by the end of the cycle)</source>
        <translation>%1：预计%3超出 %2 配额（已用 %4 / %5，预计周期结束时达到 %6）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> on %1</source>
        <translation>将于 %1 </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 of the %3 quota reached (%4 of %5)</source>
        <translation>%1：已达到 %3 配额的 %2（%4 / %5）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 95th percentile of this cycle will exceed the limit whatever happens next.</source>
        <translation>无论接下来发生什么，本周期的第 95 百分位值都将超过上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bursts above the limit still allowed this cycle: %1 five-minute intervals (%2).</source>
        <translation>本周期仍允许超过上限的突发：%1 个五分钟区间（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At this pace (%1/day%2): %3 by the end of the cycle (%4 of the limit).</source>
        <translation>按此速度（%1/天%2）：周期结束时将达到 %3（上限的 %4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, shaped by the weekday profile</source>
        <translation>，按星期分布调整</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projected to exceed the quota on %1.</source>
        <translation>预计将于 %1 超出配额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 (%3) used; %4 days left in the cycle.</source>
        <translation>已使用 %2 中的 %1（%3）；本周期还剩 %4 天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 against a limit of %2 (%3); %4 days left in the cycle.</source>
        <translation>%1，上限为 %2（%3）；本周期还剩 %4 天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected to exceed the quota before the cycle ends.</source>
        <translation>预计将在周期结束前超出配额。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bandwatch quota warning: projected to exceed the limit before the cycle ends</source>
        <translation>Bandwatch 配额告警：预计将在周期结束前超出上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwatch quota alert: %1 reached</source>
        <translation>Bandwatch 配额告警：已达到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota:       %1 (%2)</source>
        <translation>配额：      %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:        %1, direction %2</source>
        <translation>类型：      %1，方向 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Series:      %1 (%n series)</source>
        <translation>
            <numerusform>序列：      %1（%n 个序列）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning:     a projection, not a crossing: at this pace the limit is exceeded on %1, %2 expected by the end of the cycle</source>
        <translation>警告：      这是预测，并非已超出：按当前速度，将于 %1 超出上限，预计周期结束时达到 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold:   %1 of the limit</source>
        <translation>阈值：      上限的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used:        %1 of %2 (%3; %4 of %5 bytes)</source>
        <translation>已用：      %1 / %2（%3；%4 / %5 字节）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value:       %1 against a limit of %2 (%3; %4 of %5 bit/s)</source>
        <translation>数值：      %1，上限为 %2（%3；%4 / %5 bit/s）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle:       %1 to %2 (%3), %4 days left</source>
        <translation>周期：      %1 至 %2（%3），还剩 %4 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget left: %1 (%2 per day for the rest of the cycle)</source>
        <translation>剩余预算：  %1（本周期剩余时间内每天 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projection:  %1</source>
        <translation>预测：      %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>             %1 expected on %2</source>
        <translation>            预计于 %2 达到 %1</translation>
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
            <numerusform>  ……以及其他 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fired at %1 (%2).</source>
        <translation>触发于 %1（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This warning is sent at most once per cycle; the thresholds are still reported when they are reached.</source>
        <translation>此警告每个周期最多发送一次；达到阈值时仍会照常报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each threshold is reported once per cycle.</source>
        <translation>每个阈值在每个周期只报告一次。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertService</name>
    <message>
        <location filename="../src/alerts/alertservice.cpp" line="+101"/>
        <source>alerts need an open history database</source>
        <translation>告警需要打开的历史数据库</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n alert(s) waiting in the outbox from before</source>
        <translation>
            <numerusform>发件箱中有 %n 条之前遗留的告警等待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>alert notifications paused until %1; alerts are kept in the outbox</source>
        <translation>告警通知已暂停至 %1；告警会保留在发件箱中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>alert notifications resumed</source>
        <translation>告警通知已恢复</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not sent: notifications were paused and a later alert for the same threshold replaced it</source>
        <translation>未发送：通知暂停期间，同一阈值的更新告警取代了它</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent: notifications were paused and the threshold was armed again (the limit was raised) before they resumed</source>
        <translation>未发送：通知暂停期间，在恢复之前该阈值已重新启用（上限已提高）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alert %1 (%2, quota %3): %4</source>
        <translation>告警 %1（%2，配额 %3）：%4</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>quota %1: cannot record the alert state: %2</source>
        <translation>配额 %1：无法记录告警状态：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quota %1: the limit was raised to %2; the &quot;projected to exceed&quot; warning is armed again</source>
        <translation>配额 %1：上限已提高到 %2；“预计超出”警告已重新启用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quota %1: the limit was raised to %2; the %3 % threshold is armed again</source>
        <translation>配额 %1：上限已提高到 %2；%3 % 阈值已重新启用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quota alert: %1 [quota %2; sent to: %3]</source>
        <translation>配额告警：%1 [配额 %2；发送至：%3]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this log only</source>
        <translation>仅此日志</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AliyunCdnResponse</name>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnresponse.cpp" line="+29"/>
        <location line="+60"/>
        <source>Alibaba Cloud: the response has neither TrafficDataPerInterval nor BpsDataPerInterval</source>
        <translation>阿里云：响应中既没有 TrafficDataPerInterval 也没有 BpsDataPerInterval</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Alibaba Cloud: the response is not valid XML (%1 at line %2)</source>
        <translation>阿里云：响应不是有效的 XML（第 %2 行的 %1）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::AliyunCdnSource</name>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnsource.cpp" line="+41"/>
        <source>lookback: Alibaba Cloud answers 5-minute data for at most 3d per query</source>
        <translation>lookback：阿里云每次查询最多返回 3d 的 5 分钟数据</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ApiKeyDialog</name>
    <message>
        <location filename="../src/gui/apikeydialog.cpp" line="+16"/>
        <source>read: /metrics and the JSON API</source>
        <translation>read:/metrics 和 JSON API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write: also the push API</source>
        <translation>write:另含推送 API</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation>已有名为“%1”的密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the client that will use the key, e.g. prometheus.</source>
        <translation>以使用该密钥的客户端命名,例如 prometheus。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ApiKeyListModel</name>
    <message>
        <location filename="../src/gui/apikeylistmodel.cpp" line="+65"/>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inline in the configuration file</source>
        <translation>直接写在配置文件中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>权限</translation>
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
        <translation>选择一个数据源或序列以绘制图表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored data for &quot;%1&quot; in this range.</source>
        <translation>此时间范围内没有“%1”的存储数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for data from &quot;%1&quot;…</source>
        <translation>正在等待“%1”的数据…</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>In (received)</source>
        <translation>下行（接收）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out (sent)</source>
        <translation>上行（发送）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle usage</source>
        <translation>周期用量</translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthQuery</name>
    <message>
        <location filename="../src/exporter/bandwidthquery.cpp" line="+58"/>
        <source>type must be egress, ingress, out or in; got &quot;%1&quot;</source>
        <translation>type 必须为 egress、ingress、out 或 in；实际为“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step must be a duration of at least 1s, e.g. 1m</source>
        <translation>step 必须是至少 1s 的时长，例如 1m</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give either lookback_duration or start and end, not both</source>
        <translation>请给出 lookback_duration，或者 start 和 end，不能同时给出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start and end must be RFC 3339 times or Unix seconds</source>
        <translation>start 和 end 必须是 RFC 3339 时间或 Unix 秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end must be after start</source>
        <translation>end 必须晚于 start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lookback_duration: %1</source>
        <translation>lookback_duration：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected a duration such as 5m</source>
        <translation>应为时长，例如 5m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exceeded maximum resolution of %1 points per series; use a larger step</source>
        <translation>超过了每个序列 %1 个点的最大分辨率；请使用更大的 step</translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthVisitor</name>
    <message>
        <location filename="../src/sources/kongbandwidth.cpp" line="+62"/>
        <source>line %1: %2 has %3=&quot;%4&quot;, expected ingress or egress</source>
        <translation>第 %1 行：%2 的 %3=“%4”，应为 ingress 或 egress</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: bandwidth counter value %2 is not a byte count</source>
        <translation>第 %1 行：带宽计数器值 %2 不是字节数</translation>
    </message>
</context>
<context>
    <name>Bandwatch::BillingCycle</name>
    <message>
        <location filename="../src/core/billingcycle.cpp" line="+203"/>
        <source>unknown time zone &quot;%1&quot;: use an IANA zone id such as &quot;Europe/Berlin&quot;, &quot;UTC&quot; or &quot;local&quot;</source>
        <translation>未知时区“%1”：请使用 IANA 时区 ID，例如“Europe/Berlin”、“UTC”或“local”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>invalid start_day &quot;%1&quot; for a monthly cycle: expected a day of the month from 1 to 31</source>
        <translation>每月周期的 start_day“%1”无效：应为每月的 1 到 31 日</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>invalid start_day &quot;%1&quot; for a weekly cycle: expected a weekday (monday..sunday, mon..sun, or 1..7 with 1 = Monday)</source>
        <translation>每周周期的 start_day“%1”无效：应为星期几（monday..sunday、mon..sun，或 1..7，其中 1 = 星期一）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown cycle period &quot;%1&quot;: expected monthly, weekly or daily</source>
        <translation>未知的周期类型“%1”：应为 monthly、weekly 或 daily</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CdnSource</name>
    <message>
        <location filename="../src/sources/cdn/cdnsource.cpp" line="+64"/>
        <source>unknown option &quot;%1&quot; for a %2 source (known: %3)</source>
        <translation>%2 数据源不支持选项“%1”（可用：%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 source needs %2:</source>
        <translation>%1 数据源需要 %2：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>endpoint: &quot;%1&quot; is not an http:// or https:// URL without user info</source>
        <translation>endpoint：“%1”不是不含用户信息的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between 0s and 31d</source>
        <translation>%1 必须在 0s 到 31d 之间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max_body: %1</source>
        <translation>max_body：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation>必须大于 0 字节</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the provider kept answering with another page (more than %1); shorten lookback</source>
        <translation>服务商持续返回下一页（超过 %1 页）；请缩短 lookback</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CdnetworksFlowResponse</name>
    <message>
        <location filename="../src/sources/cdn/cdnetworksflowresponse.cpp" line="+48"/>
        <source>CDNetworks error %1: %2</source>
        <translation>CDNetworks 错误 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDNetworks: the response has no resultList</source>
        <translation>CDNetworks：响应中没有 resultList</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CDNetworks: a result has no domain (was groupBy [domain] asked?)</source>
        <translation>CDNetworks：某个结果没有 domain（请求中是否指定了 groupBy [domain]？）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDNetworks: the result for %1 has no %2 list</source>
        <translation>CDNetworks：%1 的结果中没有 %2 列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CDNetworks: invalid data point (timestamp &quot;%1&quot;) for %2</source>
        <translation>CDNetworks：%2 的数据点无效（timestamp“%1”）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CdnetworksSource</name>
    <message>
        <location filename="../src/sources/cdn/cdnetworkssource.cpp" line="+87"/>
        <source>a cdnetworks source needs either username: and api_key: or access_key: and secret_key:</source>
        <translation>cdnetworks 数据源需要 username: 和 api_key:，或者 access_key: 和 secret_key:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>username: and api_key: go together</source>
        <translation>username: 和 api_key: 必须同时给出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access_key: and secret_key: go together</source>
        <translation>access_key: 和 secret_key: 必须同时给出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data_interval must be 1m, 5m, 1h or 1d</source>
        <translation>data_interval 必须是 1m、5m、1h 或 1d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocols may list http and https</source>
        <translation>protocols 只能列出 http 和 https</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lookback: CDNetworks answers at most 7d per query</source>
        <translation>lookback：CDNetworks 每次查询最多返回 7d 的数据</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ChartMenu</name>
    <message>
        <location filename="../src/gui/chartmenu.cpp" line="+55"/>
        <source>Bits per second</source>
        <translation>比特每秒（bit/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second</source>
        <translation>字节每秒（B/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal prefixes (k = 1000)</source>
        <translation>十进制前缀（k = 1000）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary prefixes (Ki = 1024)</source>
        <translation>二进制前缀（Ki = 1024）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to live</source>
        <translation>返回实时</translation>
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
        <translation>发送：%1</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudFrontSource</name>
    <message>
        <location filename="../src/sources/cdn/cloudfrontsource.cpp" line="+63"/>
        <source>distribution_id: &quot;%1&quot; is not a CloudFront distribution ID (like E1ABCDEF23456, not the d111111abcdef8.cloudfront.net domain)</source>
        <translation>distribution_id：“%1”不是 CloudFront 分配 ID（应类似 E1ABCDEF23456，而不是 d111111abcdef8.cloudfront.net 域名）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>distribution_id: at most %1 distributions per source</source>
        <translation>distribution_id：每个数据源最多 %1 个分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>period must be 60 or 300 (seconds)</source>
        <translation>period 必须是 60 或 300（秒）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lookback: CloudWatch keeps 1-minute data for 15d; use period: 300 to reach further back</source>
        <translation>lookback：CloudWatch 的 1 分钟数据只保留 15d；如需更早的数据，请使用 period: 300</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delay: %1</source>
        <translation>delay：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delay must be between 0s and 24h</source>
        <translation>delay 必须介于 0s 和 24h 之间</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudWatchMetricDataResponse</name>
    <message>
        <location filename="../src/sources/cdn/cloudwatchmetricdataresponse.cpp" line="+13"/>
        <location line="+32"/>
        <source>CloudWatch: the response is not valid XML (%1 at line %2)</source>
        <translation>CloudWatch：响应不是有效的 XML（第 %2 行：%1）</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>CloudWatch: &lt;%1&gt; is not a GetMetricData response</source>
        <translation>CloudWatch：&lt;%1&gt; 不是 GetMetricData 响应</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CloudWatch: a result for query &quot;%1&quot;, which was not asked</source>
        <translation>CloudWatch：收到查询“%1”的结果，但并未请求该查询</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CloudWatch: query %1 (%2) answered %3</source>
        <translation>CloudWatch：查询 %1（%2）返回 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudWatch: query %1 (%2) answered %3: %4</source>
        <translation>CloudWatch：查询 %1（%2）返回 %3：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CloudWatch: query %1 has %2 timestamps but %3 values</source>
        <translation>CloudWatch：查询 %1 有 %2 个时间戳，但有 %3 个值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CloudWatch: invalid data point (Timestamp &quot;%1&quot;, Value &quot;%2&quot;) for %3</source>
        <translation>CloudWatch：%3 的数据点无效（Timestamp“%1”，Value“%2”）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudflareResponse</name>
    <message>
        <location filename="../src/sources/cdn/cloudflareresponse.cpp" line="+53"/>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare GraphQL error: %1</source>
        <translation>Cloudflare GraphQL 错误：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare: the response has no data.viewer.zones list</source>
        <translation>Cloudflare：响应中没有 data.viewer.zones 列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudflare: no zone with this zone_id is visible to the API token (needs the Analytics:Read permission on the zone)</source>
        <translation>Cloudflare：该 API 令牌看不到具有此 zone_id 的区域（需要该区域的 Analytics:Read 权限）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloudflare: the zone has no httpRequestsAdaptiveGroups list</source>
        <translation>Cloudflare：该区域没有 httpRequestsAdaptiveGroups 列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloudflare: the answer hit the limit of %1 rows, so some traffic is missing; list the hosts in domains: or shorten lookback</source>
        <translation>Cloudflare：结果达到了 %1 行的上限，部分流量缺失；请在 domains: 中列出主机，或缩短 lookback</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cloudflare: a group has no valid time dimension (datetimeMinute, datetimeFiveMinutes, datetimeFifteenMinutes or datetimeHour)</source>
        <translation>Cloudflare：某个分组没有有效的时间维度（datetimeMinute、datetimeFiveMinutes、datetimeFifteenMinutes 或 datetimeHour）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare: a group at %1 has no valid sum.edgeResponseBytes</source>
        <translation>Cloudflare：%1 处的分组没有有效的 sum.edgeResponseBytes</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudflareSource</name>
    <message>
        <location filename="../src/sources/cdn/cloudflaresource.cpp" line="+41"/>
        <source>zone_id: &quot;%1&quot; is not a Cloudflare zone ID (32 hex digits, shown on the zone&apos;s Overview page)</source>
        <translation>zone_id：“%1”不是 Cloudflare 区域 ID（32 位十六进制数字，显示在区域的 Overview 页面上）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Collector</name>
    <message>
        <location filename="../src/app/collector.cpp" line="+112"/>
        <source>the last samples could not be written: %1</source>
        <translation>无法写入最后的样本：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new retention policy was not applied: %1</source>
        <translation>新的保留策略未生效：%1</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConfigEditor</name>
    <message>
        <location filename="../src/app/configeditor.cpp" line="+57"/>
        <source>%1: the configuration must be a mapping of sections (storage:, sources:, ...)</source>
        <translation>%1：配置必须是由各节组成的映射（storage:、sources:、...）</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>cannot locate %1 in the file</source>
        <translation>在文件中找不到 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+85"/>
        <source>no item %1 in %2</source>
        <translation>%2 中没有条目 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the configuration has no file name</source>
        <translation>配置没有文件名</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was changed by another program since it was opened; reload it and make the change again</source>
        <translation>%1 在打开后已被其他程序修改；请重新加载后再次进行修改</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConfigLoader</name>
    <message>
        <location filename="../src/app/configloader.cpp" line="+52"/>
        <source>cannot read the configuration file: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the configuration file is larger than 4 MiB</source>
        <translation>配置文件大于 4 MiB</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the top level must be a mapping (storage:, sources:, ...), found %1</source>
        <translation>顶层必须是映射（storage:、sources: 等），实际为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown top-level key &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的顶层键“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no enabled sources: nothing will be collected (the exporter and its push API still run if enabled)</source>
        <translation>没有已启用的数据源：不会采集任何数据（如已启用，exporter 及其推送 API 仍会运行）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;storage&quot; must be a mapping with a &quot;path&quot; key</source>
        <translation>“storage”必须是包含“path”键的映射</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>storage.path must be a file path</source>
        <translation>storage.path 必须是文件路径</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; under storage (expected path, retention)</source>
        <translation>storage 下的未知键“%1”（应为 path、retention）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storage.retention must be a mapping such as {raw: 48h, hour: 731d}</source>
        <translation>storage.retention 必须是映射，例如 {raw: 48h, hour: 731d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key &quot;%1&quot; under storage.retention (expected raw, minute, five_minute, hour, day)</source>
        <translation>storage.retention 下的未知键“%1”（应为 raw、minute、five_minute、hour、day）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>storage.retention.%1 must be a duration of at least 1h, or &quot;forever&quot;</source>
        <translation>storage.retention.%1 必须是至少 1h 的时长，或者“forever”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;sources&quot; must be a list of sources (each starting with &quot;- id: ...&quot;)</source>
        <translation>“sources”必须是数据源列表（每项以“- id: ...”开头）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source id &quot;%1&quot; is used twice</source>
        <translation>数据源 ID“%1”被重复使用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>each source must be a mapping with at least &quot;id&quot; and &quot;type&quot;</source>
        <translation>每个数据源必须是至少包含“id”和“type”的映射</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source without &quot;id&quot;</source>
        <translation>数据源缺少“id”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source id &quot;%1&quot; may only contain letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; (at most 64)</source>
        <translation>数据源 ID“%1”只能包含字母、数字、“_”、“-”和“.”（最多 64 个字符）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source &quot;%1&quot; has no &quot;type&quot; (one of: %2)</source>
        <translation>数据源“%1”缺少“type”（可选：%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a duration such as 30s</source>
        <translation>应为时长，例如 30s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at least 100ms</source>
        <translation>%1 必须至少为 100ms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>source &quot;%1&quot;: give %2 or %3, not both</source>
        <translation>数据源“%1”：只能给出 %2 或 %3 其中之一，不能同时给出</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>source &quot;%1&quot;: %2</source>
        <translation>数据源“%1”：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source &quot;%1&quot;: %2 is written inline; prefer ${ENV_VAR} or %2_file</source>
        <translation>数据源“%1”：%2 以明文写在配置中；建议使用 ${ENV_VAR} 或 %2_file</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConnectionGuard</name>
    <message>
        <location filename="../src/exporter/connectionguard.cpp" line="+69"/>
        <source>the request line and headers exceed %1 bytes</source>
        <translation>请求行和标头超过了 %1 字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request body exceeds %1 bytes</source>
        <translation>请求正文超过了 %1 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send the body with a Content-Length, not chunked</source>
        <translation>请使用 Content-Length 发送正文，不要使用分块传输</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed request line or Content-Length</source>
        <translation>请求行或 Content-Length 格式错误</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the request did not arrive completely within %1 ms</source>
        <translation>请求未在 %1 ms 内完整到达</translation>
    </message>
</context>
<context>
    <name>Bandwatch::CycleUsageChart</name>
    <message>
        <location filename="../src/gui/cycleusagechart.cpp" line="+79"/>
        <source>Select a source or series to chart it.</source>
        <translation>选择一个数据源或序列以绘制图表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No volume quota covers &quot;%1&quot;. Quotas are set in the configuration file.</source>
        <translation>没有流量配额覆盖“%1”。配额在配置文件中设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle usage needs the history database.</source>
        <translation>周期用量需要历史数据库。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Used (%1)</source>
        <translation>已用（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>预测</translation>
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
        <translation>本周期尚无已存储的流量。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::DisplayProbe</name>
    <message>
        <location filename="../src/app/displayprobe.cpp" line="+101"/>
        <source>DISPLAY=%1 is not a display name</source>
        <translation>DISPLAY=%1 不是有效的显示名称</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no X server answers on DISPLAY=%1</source>
        <translation>DISPLAY=%1 上没有 X 服务器响应</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no Wayland compositor answers on WAYLAND_DISPLAY=%1</source>
        <translation>WAYLAND_DISPLAY=%1 上没有 Wayland 合成器响应</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a Wayland session, but Qt&apos;s Wayland plugin (package qt6-wayland) is not installed</source>
        <translation>当前是 Wayland 会话，但未安装 Qt 的 Wayland 插件（软件包 qt6-wayland）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DISPLAY and WAYLAND_DISPLAY are unset</source>
        <translation>DISPLAY 和 WAYLAND_DISPLAY 均未设置</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exporter</name>
    <message>
        <location filename="../src/exporter/exporter.cpp" line="+129"/>
        <source>cannot read the pushed metrics: %1</source>
        <translation>无法读取推送的指标：%1</translation>
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
        <translation>未导入 MetricNexus 状态：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported %1 pushed metric(s) from %2</source>
        <translation>已从 %2 导入 %1 个推送指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MetricNexus metric not imported: %1</source>
        <translation>未导入 MetricNexus 指标：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;metrics&quot; is not a list</source>
        <translation>%1：“metrics”不是列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: metric %2 has no usable value; not imported</source>
        <translation>%1：指标 %2 没有可用的值；未导入</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterConfig</name>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="+26"/>
        <source>&quot;%1&quot;: write an IPv6 listen address as [address]:port, e.g. [::1]:18563</source>
        <translation>“%1”：IPv6 监听地址请写成 [地址]:端口，例如 [::1]:18563</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not address:port (e.g. 127.0.0.1:18563, or [::1]:18563 for IPv6)</source>
        <translation>“%1”不是 地址:端口 格式（例如 127.0.0.1:18563，IPv6 则为 [::1]:18563）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: the port must be a number from 0 to 65535</source>
        <translation>“%1”：端口必须是 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not an IP address (host names other than localhost are not resolved)</source>
        <translation>“%1”：“%2”不是 IP 地址（除 localhost 外不解析主机名）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to serve the exporter on %1: that address is reachable from other hosts and no API key is configured. Add exporter.api_keys (e.g. - {name: prometheus, scope: read, key_file: /etc/bandwatch/prometheus.key}) or listen on 127.0.0.1:%2 or [::1]:%2.</source>
        <translation>拒绝在 %1 上提供导出器服务：该地址可从其他主机访问，且未配置 API 密钥。请添加 exporter.api_keys（例如 - {name: prometheus, scope: read, key_file: /etc/bandwatch/prometheus.key}），或监听 127.0.0.1:%2 或 [::1]:%2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;exporter&quot; must be a mapping (enabled:, listen:, api_keys:, ...)</source>
        <translation>“exporter”必须是映射（enabled:、listen:、api_keys:、...）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exporter.listen: %1</source>
        <translation>exporter.listen：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected address:port</source>
        <translation>应为 地址:端口</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exporter.limits must be a mapping</source>
        <translation>exporter.limits 必须是映射</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exporter.limits.max_header must be at least 1KiB</source>
        <translation>exporter.limits.max_header 必须至少为 1KiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exporter.push must be a mapping</source>
        <translation>exporter.push 必须是映射</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterPage</name>
    <message>
        <location filename="../src/gui/exporterpage.cpp" line="+97"/>
        <source>Exporter</source>
        <translation>导出器</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Create key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The key could not be stored: %1</source>
        <translation>无法保存密钥:%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key &quot;%1&quot;? Clients using it will be refused.

Also delete its file %2?</source>
        <translation>删除密钥“%1”?使用它的客户端将被拒绝。

同时删除其文件 %2?</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Metrics: %1/metrics
API description: %1/api/v1/openapi.json
Health: %1/health</source>
        <translation>指标:%1/metrics
API 描述:%1/api/v1/openapi.json
健康检查:%1/health</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a copy of the generated cert.pem</source>
        <translation>生成的 cert.pem 的副本</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterRouter</name>
    <message>
        <location filename="../src/exporter/exporterrouter.cpp" line="+163"/>
        <source>no such endpoint; see /api/v1/openapi.json</source>
        <translation>没有此端点；请参阅 /api/v1/openapi.json</translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterServer</name>
    <message>
        <location filename="../src/exporter/exporterserver.cpp" line="+67"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+60"/>
        <source>no such endpoint; see /api/v1/openapi.json</source>
        <translation>没有此端点；请参阅 /api/v1/openapi.json</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>method not allowed here; use %1</source>
        <translation>此处不允许使用该方法；请使用 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many failed authentication attempts from %1; retry later</source>
        <translation>来自 %1 的身份验证失败次数过多；请稍后重试</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an API key is required: send Authorization: Bearer &lt;key&gt;</source>
        <translation>需要 API 密钥：请发送 Authorization: Bearer &lt;key&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key &quot;%1&quot; has scope %2; this needs %3</source>
        <translation>密钥“%1”的权限为 %2；此操作需要 %3</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exposition::ExpositionReader</name>
    <message>
        <location filename="../src/core/expositionreader.cpp" line="+26"/>
        <source>line is longer than %1 bytes</source>
        <translation>行长度超过 %1 字节</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>label %1 appears twice</source>
        <translation>标签 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 labels</source>
        <translation>标签超过 %1 个</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exposition::OpenMetricsReader</name>
    <message>
        <location filename="../src/core/openmetricsreader.cpp" line="+65"/>
        <source>missing &quot;# EOF&quot; at the end: the body is truncated</source>
        <translation>末尾缺少“# EOF”：正文被截断</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>histogram %1 has no +Inf bucket</source>
        <translation>直方图 %1 没有 +Inf 桶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the count of histogram %1 does not match its +Inf bucket</source>
        <translation>直方图 %1 的计数与其 +Inf 桶不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has _sum without _count</source>
        <translation>直方图 %1 有 _sum 但没有 _count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gauge histogram %1 has _gsum without _gcount</source>
        <translation>gauge 直方图 %1 有 _gsum 但没有 _gcount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has a count without a sum</source>
        <translation>直方图 %1 有计数但没有总和</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has negative buckets and a _sum</source>
        <translation>直方图 %1 同时有负值桶和 _sum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gauge histogram %1 has a negative _gsum but no negative bucket</source>
        <translation>gauge 直方图 %1 的 _gsum 为负，但没有负值桶</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>metric name %1 clashes with an earlier family (family from line %2)</source>
        <translation>指标名称 %1 与之前的指标族冲突（指标族来自第 %2 行）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit %1 is not the suffix of metric name %2</source>
        <translation>单位 %1 不是指标名称 %2 的后缀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 metrics cannot have a unit (%2)</source>
        <translation>%1 指标不能有单位（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>text after &quot;# EOF&quot;</source>
        <translation>“# EOF”之后还有文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blank line</source>
        <translation>空行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>invalid metadata line</source>
        <translation>无效的元数据行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown metadata keyword %1</source>
        <translation>未知的元数据关键字 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+208"/>
        <source>invalid metric name %1</source>
        <translation>无效的指标名称 %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>metadata for %1 after its samples</source>
        <translation>%1 的元数据位于其样本之后</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>second HELP for %1</source>
        <translation>%1 的第二个 HELP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second TYPE for %1</source>
        <translation>%1 的第二个 TYPE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid metric type %1 for %2</source>
        <translation>%2 的指标类型 %1 无效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second UNIT for %1</source>
        <translation>%1 的第二个 UNIT</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid exemplar label name</source>
        <translation>无效的 exemplar 标签名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid label name</source>
        <translation>无效的标签名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected =&quot; after label name %1</source>
        <translation>标签名称 %1 之后应为 =&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the value of label %1 is not closed</source>
        <translation>标签 %1 的值未闭合</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation>标签 %1 的值之后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>invalid metric name</source>
        <translation>无效的指标名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a space before the value of %1</source>
        <translation>%1 的值之前应有一个空格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid value %1 for %2</source>
        <translation>%2 的值 %1 无效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>trailing space after the value of %1</source>
        <translation>%1 的值之后有多余的空格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid timestamp %1</source>
        <translation>无效的时间戳 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected text after the timestamp of %1</source>
        <translation>%1 的时间戳之后有意外的文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>malformed exemplar</source>
        <translation>exemplar 格式错误</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exemplar labels are longer than 128 characters</source>
        <translation>exemplar 标签超过 128 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exemplar without a value</source>
        <translation>exemplar 没有值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid exemplar value</source>
        <translation>无效的 exemplar 值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid exemplar timestamp</source>
        <translation>无效的 exemplar 时间戳</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>stateset sample lacks the label %1</source>
        <translation>stateset 样本缺少标签 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid or missing &quot;le&quot; label</source>
        <translation>“le”标签无效或缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the +Inf bucket must be written &quot;+Inf&quot;</source>
        <translation>+Inf 桶必须写作“+Inf”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bucket values must be integers</source>
        <translation>桶的值必须是整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count values must be integers</source>
        <translation>计数值必须是整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid or missing &quot;quantile&quot; label</source>
        <translation>“quantile”标签无效或缺失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>samples of one metric are not together</source>
        <translation>同一指标的样本没有放在一起</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some samples of one metric have timestamps and some do not</source>
        <translation>同一指标的样本中有的带时间戳，有的不带</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timestamps go backwards</source>
        <translation>时间戳倒退</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>stateset values must be 0 or 1</source>
        <translation>stateset 的值必须为 0 或 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info values must be 1</source>
        <translation>info 的值必须为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantile values cannot be negative</source>
        <translation>分位数的值不能为负</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>counter-like samples cannot be NaN</source>
        <translation>计数器类样本不能为 NaN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counter-like samples cannot be negative</source>
        <translation>计数器类样本不能为负</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only histogram buckets and counter totals can have exemplars</source>
        <translation>只有直方图桶和计数器总计可以带 exemplar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>histogram buckets are out of order</source>
        <translation>直方图桶顺序错乱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram bucket values decrease</source>
        <translation>直方图桶的值递减</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exposition::TextExpositionReader</name>
    <message>
        <location filename="../src/core/textexpositionreader.cpp" line="+21"/>
        <source>the last line has no line break: the body is truncated</source>
        <translation>最后一行没有换行符：正文被截断</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>invalid metric name %1 in %2 line</source>
        <translation>%2 行中的指标名称 %1 无效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>second HELP line for metric name %1</source>
        <translation>指标名称 %1 的第二个 HELP 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid escape sequence in HELP of %1</source>
        <translation>%1 的 HELP 中有无效的转义序列</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected text after the type in TYPE line of %1</source>
        <translation>%1 的 TYPE 行中类型之后有意外的文本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown metric type %1 for %2</source>
        <translation>%2 的指标类型 %1 未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TYPE line for %1 comes after its samples</source>
        <translation>%1 的 TYPE 行位于其样本之后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second TYPE line for metric name %1</source>
        <translation>指标名称 %1 的第二个 TYPE 行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>label set is not closed</source>
        <translation>标签集未闭合</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid label name starting with &apos;%1&apos;</source>
        <translation>以“%1”开头的标签名称无效</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;=&apos; after label name %1</source>
        <translation>标签名称 %1 之后应为 &apos;=&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;&quot;&apos; to open the value of label %1</source>
        <translation>标签 %1 的值应以 &apos;&quot;&apos; 开始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid escape sequence in the value of label %1</source>
        <translation>标签 %1 的值中有无效的转义序列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value of label %1 is not closed (raw line break or truncated line)</source>
        <translation>标签 %1 的值未闭合（出现原始换行符或行被截断）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation>标签 %1 的值之后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid metric name starting with &apos;%1&apos;</source>
        <translation>以“%1”开头的指标名称无效</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>sample %1 has no value</source>
        <translation>样本 %1 没有值</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>invalid character &apos;%1&apos; in metric name %2</source>
        <translation>指标名称 %2 中有无效字符“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid value %1 for %2</source>
        <translation>%2 的值 %1 无效</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid timestamp %1 for %2</source>
        <translation>%2 的时间戳 %1 无效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after the timestamp of %1</source>
        <translation>%1 的时间戳之后有意外的文本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>histogram bucket %1 needs a numeric &quot;le&quot; label</source>
        <translation>直方图桶 %1 需要数值型“le”标签</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>summary sample %1 needs a numeric &quot;quantile&quot; label</source>
        <translation>摘要样本 %1 需要数值型“quantile”标签</translation>
    </message>
</context>
<context>
    <name>Bandwatch::FastlySource</name>
    <message>
        <location filename="../src/sources/cdn/fastlysource.cpp" line="+28"/>
        <source>service_id: &quot;%1&quot; is not a Fastly service ID (letters and digits)</source>
        <translation>service_id：“%1”不是 Fastly 服务 ID（字母和数字）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::FastlyStatsResponse</name>
    <message>
        <location filename="../src/sources/cdn/fastlystatsresponse.cpp" line="+43"/>
        <source>Fastly error: %1</source>
        <translation>Fastly 错误：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status &quot;%1&quot;</source>
        <translation>状态“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fastly: unknown meta.by &quot;%1&quot; (expected minute, hour or day)</source>
        <translation>Fastly：未知的 meta.by“%1”（应为 minute、hour 或 day）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fastly: data is not a list of buckets (is this a /stats/service/&lt;id&gt; response?)</source>
        <translation>Fastly：data 不是桶的列表（这是 /stats/service/&lt;id&gt; 的响应吗？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fastly: a bucket has no valid start_time or bandwidth</source>
        <translation>Fastly：某个桶没有有效的 start_time 或 bandwidth</translation>
    </message>
</context>
<context>
    <name>Bandwatch::GuardedTcpServer</name>
    <message>
        <location filename="../src/exporter/guardedtcpserver.cpp" line="+83"/>
        <source>too many connections; try again shortly</source>
        <translation>连接过多；请稍后再试</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryConnection</name>
    <message>
        <location filename="../src/storage/historyconnection.cpp" line="+13"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot switch %1 to write-ahead logging (journal mode stays &quot;%2&quot;)</source>
        <translation>无法将 %1 切换为预写日志模式（日志模式仍为“%2”）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot configure %1: %2</source>
        <translation>无法配置 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot configure a reader of %1: %2</source>
        <translation>无法配置 %1 的读取连接：%2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No space left for the history database %1 (disk full or size limit reached). New samples are kept in memory and written once space is freed.</source>
        <translation>历史数据库 %1 没有剩余空间（磁盘已满或达到大小上限）。新样本会保留在内存中，待空间释放后再写入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the history database %1 failed with an I/O error (%2); retrying.</source>
        <translation>写入历史数据库 %1 时发生 I/O 错误（%2）；正在重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history database %1 is damaged (%2). Restart Bandwatch to check and repair it.</source>
        <translation>历史数据库 %1 已损坏（%2）。请重新启动 Bandwatch 以检查并修复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the history database %1 failed: %2</source>
        <translation>写入历史数据库 %1 失败：%2</translation>
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
        <translation>%1 正被运行中的 Bandwatch 使用；请先停止它再修复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the damaged file cannot be opened: %1</source>
        <translation>无法打开已损坏的文件：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: table of another module recreated</source>
        <translation>%1：已重新创建其他模块的数据表</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not readable</source>
        <translation>%1：不可读</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: writing failed after %2 rows</source>
        <translation>%1：写入 %2 行后失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 rows copied, %3 unreadable stretch(es) skipped</source>
        <translation>%1：已复制 %2 行，跳过了 %3 段不可读的区域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 rows copied</source>
        <translation>%1：已复制 %2 行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rollups rebuilt from the raw samples</source>
        <translation>已根据原始样本重建汇总数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the new file holds none of these rows: its transaction was rolled back</source>
        <translation>新文件中不包含这些行：其事务已回滚</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>repairing %1 failed: %2 (the damaged file is kept as %3)</source>
        <translation>修复 %1 失败：%2（已损坏的文件保留为 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repaired %1; the damaged file is kept as %2.
</source>
        <translation>已修复 %1；已损坏的文件保留为 %2。
</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistorySchema</name>
    <message>
        <location filename="../src/storage/historyschema.cpp" line="+223"/>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取架构版本：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database has schema version %1, written by a newer Bandwatch (this one knows up to %2); upgrade Bandwatch or use another file</source>
        <translation>该数据库的架构版本为 %1，由较新版本的 Bandwatch 写入（当前版本最高支持 %2）；请升级 Bandwatch 或使用其他文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is an SQLite database that Bandwatch did not create; refusing to change it</source>
        <translation>该文件是一个并非由 Bandwatch 创建的 SQLite 数据库；拒绝修改它</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not a Bandwatch history database (application id %1)</source>
        <translation>该文件不是 Bandwatch 历史数据库（application id %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot start schema migration %1: %2</source>
        <translation>无法开始架构迁移 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema migration to version %1 (%2) failed: %3</source>
        <translation>架构迁移到版本 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryStore</name>
    <message>
        <location filename="../src/storage/historystore.cpp" line="+39"/>
        <source>the history store is already open on %1</source>
        <translation>历史存储已在 %1 上打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history database %1 is in use by another Bandwatch instance (%2, process %3 on %4). Stop that instance or configure a different database file.</source>
        <translation>历史数据库 %1 正被另一个 Bandwatch 实例使用（%2，主机 %4 上的进程 %3）。请停止该实例，或配置其他数据库文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the lock file %1.lock; check the folder&apos;s permissions.</source>
        <translation>无法创建锁文件 %1.lock；请检查该文件夹的权限。</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>the history database is not open</source>
        <translation>历史数据库未打开</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryWriter</name>
    <message>
        <location filename="../src/storage/historywriter.cpp" line="+90"/>
        <source>the history database is not open</source>
        <translation>历史数据库未打开</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>The history database was closed while it could not be written; %n sample(s) were lost.</source>
        <translation>
            <numerusform>历史数据库在无法写入时被关闭；丢失了 %n 个样本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the history database was closed</source>
        <translation>历史数据库已关闭</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history database %1 is damaged: %2. Bandwatch has not changed it. Repair it with `bandwatch --repair-history --config &lt;file&gt;`, which keeps the damaged file next to it and copies every readable row into a new one, or move the file away to start a new history.</source>
        <translation>历史数据库 %1 已损坏：%2。Bandwatch 未对其做任何修改。请使用 `bandwatch --repair-history --config &lt;file&gt;` 修复它，该命令会将损坏的文件保留在原处旁边，并把所有可读的行复制到新文件中；或者将该文件移走以开始新的历史记录。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Cannot prepare the history database %1: %2</source>
        <translation>无法准备历史数据库 %1：%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot read the history database %1: %2</source>
        <translation>无法读取历史数据库 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>%n sample(s) were not stored.</source>
        <translation>
            <numerusform>%n 个样本未能存储。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The history database cannot be written; %n older sample(s) were dropped to bound memory.</source>
        <translation>
            <numerusform>无法写入历史数据库；为限制内存占用，丢弃了 %n 个较早的样本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the write function threw an exception</source>
        <translation>写入函数抛出了异常</translation>
    </message>
</context>
<context>
    <name>Bandwatch::HttpFetch</name>
    <message>
        <location filename="../src/sources/httpfetch.cpp" line="+148"/>
        <source>invalid URL %1 (expected http:// or https://)</source>
        <translation>无效的 URL %1（应为 http:// 或 https://）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA 文件 %1 中没有 PEM 证书</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>response from %1 announces %2 bytes, more than the limit of %3 bytes</source>
        <translation>来自 %1 的响应声明为 %2 字节，超过了 %3 字节的上限</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>response from %1 is larger than the limit of %2 bytes</source>
        <translation>来自 %1 的响应超过了 %2 字节的上限</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no complete answer from %1 within %2 ms</source>
        <translation>%2 ms 内未收到 %1 的完整应答</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>TLS failure with %1: %2</source>
        <translation>与 %1 的 TLS 通信失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>cannot fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>response from %1 was cut off after %2 bytes: %3</source>
        <translation>来自 %1 的响应在 %2 字节后被截断：%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>response from %1 has %2 bytes where Content-Length announced %3</source>
        <translation>来自 %1 的响应有 %2 字节，而 Content-Length 声明为 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::InterfacesSource</name>
    <message>
        <location filename="../src/sources/interfacessource.cpp" line="+60"/>
        <source>unknown option &quot;%1&quot; for an interfaces source (known: %2)</source>
        <translation>interfaces 数据源不支持选项“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>counter_bits must be 32 or 64, not &quot;%1&quot;</source>
        <translation>counter_bits 必须是 32 或 64，而不是“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation>max_gap_intervals 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a /proc/net/dev table (header missing)</source>
        <translation>不是 /proc/net/dev 表（缺少表头）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1 of /proc/net/dev has no interface name</source>
        <translation>/proc/net/dev 第 %1 行没有接口名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1 of /proc/net/dev has %2 counters, expected 16</source>
        <translation>/proc/net/dev 第 %1 行有 %2 个计数器，应为 16 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1 of /proc/net/dev has a counter that is not a number</source>
        <translation>/proc/net/dev 第 %1 行有非数字的计数器</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no interface matches include [%1] and exclude [%2]; this machine has: %3</source>
        <translation>没有接口匹配 include [%1] 和 exclude [%2]；本机的接口有：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Bandwatch::JsonApi</name>
    <message>
        <location filename="../src/exporter/jsonapi.cpp" line="+53"/>
        <source>the history database is not open</source>
        <translation>历史数据库未打开</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 series x %2 buckets is too much for one response; narrow the filters or use a larger step</source>
        <translation>%1 个序列 × %2 个桶对于单个响应来说太多；请缩小筛选范围或使用更大的 step</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+7"/>
        <source>no quota named &quot;%1&quot;</source>
        <translation>没有名为“%1”的配额</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Keychain</name>
    <message>
        <location filename="../src/app/keychain.cpp" line="+35"/>
        <location line="+58"/>
        <source>no keychain: there is no D-Bus session bus</source>
        <translation>无密钥环：没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+27"/>
        <location line="+30"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>密钥环未在 %1 秒内响应</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>cannot store &quot;%1&quot; in the keychain: %2</source>
        <translation>无法将“%1”存入密钥环：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <location line="+26"/>
        <source>this Bandwatch was built without keychain support (QtKeychain)</source>
        <translation>此 Bandwatch 构建时未包含密钥环支持（QtKeychain）</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>no keychain: there is no D-Bus session bus (headless mode needs &lt;key&gt;_file or ${ENV})</source>
        <translation>无密钥环：没有 D-Bus 会话总线（无界面模式需要 &lt;key&gt;_file 或 ${ENV}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain has no entry &quot;%1&quot;</source>
        <translation>密钥环中没有条目“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &quot;%1&quot; from the keychain: %2</source>
        <translation>无法从密钥环读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot remove &quot;%1&quot; from the keychain: %2</source>
        <translation>无法从密钥环删除“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::KongSource</name>
    <message>
        <location filename="../src/sources/kongsource.cpp" line="+61"/>
        <source>ca_file: cannot be loaded</source>
        <translation>ca_file：无法加载</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kong serves no kong_bandwidth_bytes metrics: enable bandwidth_metrics=true in the Prometheus plugin (or no traffic has passed through Kong since it started)</source>
        <translation>Kong 未提供 kong_bandwidth_bytes 指标：请在 Prometheus 插件中启用 bandwidth_metrics=true（或者 Kong 启动以来尚无流量经过）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option &quot;%1&quot; for a kong source (known: %2)</source>
        <translation>kong 数据源不支持选项“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a kong source needs url: (one node&apos;s /metrics) or urls: (a list of nodes)</source>
        <translation>kong 数据源需要 url:（单个节点的 /metrics）或 urls:（节点列表）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give either url: or urls:, not both</source>
        <translation>只能给出 url: 或 urls: 其中之一，不能同时给出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>“%1”不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: needs username:</source>
        <translation>password: 需要同时设置 username:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: must be an HTTP header name</source>
        <translation>header: 必须是 HTTP 标头名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: names the header for token:, which is missing</source>
        <translation>header: 指定了 token: 所用的标头，但缺少 token:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep_labels: &quot;%1&quot; is not one of consumer, workspace</source>
        <translation>keep_labels：“%1”不是 consumer、workspace 之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>max_body: %1</source>
        <translation>max_body：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation>必须大于 0 字节</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation>max_gap_intervals 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not the /metrics of Kong&apos;s Prometheus plugin (no kong_ metrics)</source>
        <translation>%1：不是 Kong Prometheus 插件的 /metrics（没有 kong_ 指标）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has served no kong_bandwidth_bytes in %2 polls while other nodes do: enable bandwidth_metrics=true on it (or no traffic has passed through it since it started)</source>
        <translation>%1 在 %2 次轮询中均未提供 kong_bandwidth_bytes，而其他节点有提供：请在该节点上启用 bandwidth_metrics=true（或者该节点启动以来尚无流量经过）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::LanguageMenu</name>
    <message>
        <location filename="../src/gui/languagemenu.cpp" line="+79"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Bandwatch::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+175"/>
        <location line="+309"/>
        <source>Alert Outbox</source>
        <translation>告警发件箱</translation>
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
        <translation>历史存储：%1</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+289"/>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>No data from &quot;%1&quot;: %2</source>
        <translation>没有来自“%1”的数据：%2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No source selected</source>
        <translation>未选择数据源</translation>
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
        <translation>发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now %1 · average %2 · peak %3 · %4 total</source>
        <translation>当前 %1 · 平均 %2 · 峰值 %3 · 共 %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sources configured</source>
        <translation>未配置数据源</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n source(s) failing</source>
        <translation>
            <numerusform>%n 个数据源中有 %1 个出错</numerusform>
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
            <numerusform>%n 个数据源中有 %1 个正在等待首次轮询</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s), all OK</source>
        <translation>
            <numerusform>%n 个数据源，全部正常</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History: %1</source>
        <translation>历史数据：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sample %1</source>
        <translation>最新样本 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sources could not be started.</source>
        <translation>无法启动数据源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration not applied</source>
        <translation>配置未应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration in %1 was not applied:

%2</source>
        <translation>%1 中的配置未应用：

%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configuration reloaded</source>
        <translation>配置已重新加载</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Bandwatch</source>
        <translation>关于 Bandwatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bandwatch %1&lt;/h3&gt;&lt;p&gt;Bandwidth and traffic-quota monitor.&lt;/p&gt;&lt;p&gt;Configuration: %2&lt;br&gt;History: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bandwatch %1&lt;/h3&gt;&lt;p&gt;带宽与流量配额监控工具。&lt;/p&gt;&lt;p&gt;配置文件：%2&lt;br&gt;历史数据：%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Bandwatch::NewKeyDialog</name>
    <message>
        <location filename="../src/gui/newkeydialog.cpp" line="+18"/>
        <source>The API key &quot;%1&quot; was created and written to %2 (readable only by you). Give it to the client as &quot;Authorization: Bearer &lt;key&gt;&quot;.</source>
        <translation>API 密钥“%1”已创建并写入 %2(仅您可读)。请让客户端以“Authorization: Bearer &lt;密钥&gt;”发送。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::NotificationConfig</name>
    <message>
        <location filename="../src/alerts/notificationconfig.cpp" line="+15"/>
        <source>&quot;notifications&quot; must be a mapping with email:, webhook: or retry:</source>
        <translation>“notifications”必须是包含 email:、webhook: 或 retry: 的映射</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown key &quot;%1&quot; under notifications (expected email, webhook, retry, check_interval)</source>
        <translation>notifications 下的未知键“%1”（应为 email、webhook、retry、check_interval）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a mapping such as {url: &quot;smtp://mail.example.com:587&quot;, from: ops@example.com, to: [noc@example.com]}</source>
        <translation>%1 必须是映射，例如 {url: &quot;smtp://mail.example.com:587&quot;, from: ops@example.com, to: [noc@example.com]}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+119"/>
        <source>%1: unknown key &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1：未知键“%2”（应为以下之一：%3）</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>%1 needs a url such as &quot;smtp://mail.example.com:587&quot; or &quot;smtps://mail.example.com:465&quot;</source>
        <translation>%1 需要 url，例如 &quot;smtp://mail.example.com:587&quot; 或 &quot;smtps://mail.example.com:465&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: url must be smtp://HOST[:PORT] or smtps://HOST[:PORT], got &quot;%2&quot;</source>
        <translation>%1：url 必须为 smtp://HOST[:PORT] 或 smtps://HOST[:PORT]，实际为“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: put the user name in username: and the password in password_file:, not in the url</source>
        <translation>%1：请将用户名写在 username: 中、密码写在 password_file: 中，不要写在 url 中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: starttls must be required or optional</source>
        <translation>%1：starttls 必须为 required 或 optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: starttls has no effect with smtps:// (TLS from the start)</source>
        <translation>%1：starttls 对 smtps://（从一开始就使用 TLS）无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: with starttls: optional the password and alerts may travel in clear text if the server does not offer STARTTLS</source>
        <translation>%1：使用 starttls: optional 时，如果服务器不提供 STARTTLS，密码和告警可能以明文传输</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs a sender address (from: ops@example.com)</source>
        <translation>%1 需要发件人地址（from: ops@example.com）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not an e-mail address</source>
        <translation>%1：“%2”不是电子邮件地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs at least one recipient (to: [noc@example.com])</source>
        <translation>%1 至少需要一个收件人（to: [noc@example.com]）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: username is set but no password (give password_file: or password: ${ENV_VAR})</source>
        <translation>%1：设置了 username 但没有密码（请给出 password_file: 或 password: ${ENV_VAR}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+87"/>
        <source>%1: cannot read the CA file %2</source>
        <translation>%1：无法读取 CA 文件 %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>%1: tls_verify must be true or false</source>
        <translation>%1：tls_verify 必须为 true 或 false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: certificate verification is off; anyone on the path can read the password</source>
        <translation>%1：证书验证已关闭；传输路径上的任何人都能读取密码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: auth names one SASL mechanism such as PLAIN or LOGIN</source>
        <translation>%1：auth 指定一种 SASL 机制，例如 PLAIN 或 LOGIN</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be a mapping such as {url: &quot;https://hooks.example.com/bandwatch&quot;}</source>
        <translation>%1 必须是映射，例如 {url: &quot;https://hooks.example.com/bandwatch&quot;}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 needs a url</source>
        <translation>%1 需要 url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: url must be http:// or https://</source>
        <translation>%1：url 必须为 http:// 或 https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: alerts will be sent unencrypted over http://</source>
        <translation>%1：告警将通过 http:// 以未加密方式发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: headers must be a mapping of name: value</source>
        <translation>%1：headers 必须是 名称: 值 形式的映射</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: invalid header &quot;%2&quot;</source>
        <translation>%1：无效的标头“%2”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a mapping such as {initial: 30s, max: 1h, give_up_after: 7d}</source>
        <translation>%1 必须是映射，例如 {initial: 30s, max: 1h, give_up_after: 7d}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: unknown key &quot;%2&quot; (expected initial, max, give_up_after)</source>
        <translation>%1：未知键“%2”（应为 initial、max、give_up_after）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 must be a duration of at least 100ms</source>
        <translation>%1：%2 必须是至少 100ms 的时长</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: max must not be shorter than initial</source>
        <translation>%1：max 不能短于 initial</translation>
    </message>
</context>
<context>
    <name>Bandwatch::NotificationsPage</name>
    <message>
        <location filename="../src/gui/notificationspage.cpp" line="+81"/>
        <source>Required (refuse to send in clear text)</source>
        <translation>必需(拒绝明文发送)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional (clear text if the server has no STARTTLS)</source>
        <translation>可选(服务器不支持 STARTTLS 时以明文发送)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stored in %1. Type a new password to replace it.</source>
        <translation>保存在 %1。输入新密码即可替换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Taken from the environment (%1). A password typed here is stored in a file instead.</source>
        <translation>取自环境变量(%1)。在此输入的密码将改为保存在文件中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in a file only you can read, next to the configuration; never in the configuration file itself.</source>
        <translation>保存在配置文件旁一个仅您可读的文件中,绝不写入配置文件本身。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Sending to %1…</source>
        <translation>正在发送到 %1…</translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxDispatcher</name>
    <message numerus="yes">
        <location filename="../src/alerts/outboxdispatcher.cpp" line="+139"/>
        <source>gave up after %n attempt(s) over %1 days; last error: %2</source>
        <translation>
            <numerusform>经过 %1 天共 %n 次尝试后放弃；最后的错误：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>alert %1 (%2, quota %3): %4</source>
        <translation>告警 %1（%2，配额 %3）：%4</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>gave up after %1 days: the %2 channel was not available in that time</source>
        <translation>%1 天后放弃：在此期间 %2 渠道一直不可用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last error: %1</source>
        <translation>最后一个错误：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>alert %1 was delivered but cannot be marked sent: %2</source>
        <translation>告警 %1 已送达，但无法标记为已发送：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>projected to exceed</source>
        <translation>预计超出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1 delivered via %2 (quota %3, %4)</source>
        <translation>告警 %1 已通过 %2 发送（配额 %3，%4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delivery failed without an error message</source>
        <translation>发送失败，且没有错误信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot record the failed delivery of alert %1: %2</source>
        <translation>无法记录告警 %1 的发送失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alert %1 via %2 (quota %3) abandoned after %4 attempts: %5</source>
        <translation>通过 %2 发送的告警 %1（配额 %3）在 %4 次尝试后已放弃：%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>alert %1 via %2 (quota %3) not delivered (attempt %4): %5; retrying in %6 s</source>
        <translation>通过 %2 发送的告警 %1（配额 %3）未送达（第 %4 次尝试）：%5；%6 秒后重试</translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxTableModel</name>
    <message>
        <location filename="../src/alerts/outboxtablemodel.cpp" line="+72"/>
        <source>projected to exceed</source>
        <translation>预计超出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed, retrying</source>
        <translation>失败，正在重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>已发送 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>最后的错误</translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxView</name>
    <message>
        <location filename="../src/gui/outboxview.cpp" line="+18"/>
        <location line="+24"/>
        <source>Only pending and failed deliveries</source>
        <translation>仅显示待发送和发送失败的通知</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PrometheusResponse</name>
    <message>
        <location filename="../src/sources/prometheusresponse.cpp" line="+89"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>应答不是有效的 JSON（字节 %2 处的 %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no &quot;status&quot;:&quot;success&quot;</source>
        <translation>应答中没有 &quot;status&quot;:&quot;success&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the answer&apos;s result is not a list</source>
        <translation>应答的 result 不是列表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a matrix series has no &quot;values&quot; list</source>
        <translation>某个 matrix 序列没有 &quot;values&quot; 列表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the query returns a string, not numbers: use an expression that yields a vector or a scalar</source>
        <translation>查询返回的是字符串而不是数字：请使用返回向量或标量的表达式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>未知的结果类型“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer has a point that is not [time, &quot;value&quot;]</source>
        <translation>应答中有一个点不是 [time, &quot;value&quot;] 格式</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PrometheusSource</name>
    <message>
        <location filename="../src/sources/prometheussource.cpp" line="+94"/>
        <source>ca_file: cannot be loaded</source>
        <translation>ca_file：无法加载</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>unknown option &quot;%1&quot; for a prometheus source (known: %2)</source>
        <translation>prometheus 数据源不支持选项“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a prometheus source needs url: (the server, e.g. http://prometheus:9090)</source>
        <translation>prometheus 数据源需要 url:（服务器地址，例如 http://prometheus:9090）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>“%1”不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a prometheus source needs query: (a PromQL expression)</source>
        <translation>prometheus 数据源需要 query:（一个 PromQL 表达式）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value: &quot;%1&quot; is not one of bytes_per_second, bits_per_second, counter</source>
        <translation>value：“%1”不是 bytes_per_second、bits_per_second、counter 之一</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mode: &quot;%1&quot; is not one of range, instant</source>
        <translation>mode：“%1”不是 range、instant 之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>direction: must be in or out</source>
        <translation>direction: 必须为 in 或 out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction_label: must name a label</source>
        <translation>direction_label: 必须指定一个标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step: must be at least 1s</source>
        <translation>step: 必须至少为 1s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max_points: must be a whole number from 2 to %1</source>
        <translation>max_points: 必须是 2 到 %1 之间的整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>max_body: %1</source>
        <translation>max_body：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation>必须大于 0 字节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: needs username:</source>
        <translation>password: 需要同时设置 username:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: names the header for token:, which is missing</source>
        <translation>header: 指定了 token: 所用的标头，但缺少 token:</translation>
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
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected state</source>
        <translation>意外的状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the body is not a JSON object: %1</source>
        <translation>正文不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;value&quot; must be a finite number</source>
        <translation>“value”必须是有限数值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type must be gauge or counter, not &quot;%1&quot;</source>
        <translation>type 必须为 gauge 或 counter，而不是“%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use PUT for /%1</source>
        <translation>对 /%1 请使用 PUT</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>the body must be a finite number, e.g. 2.5; got &quot;%1&quot;</source>
        <translation>正文必须是有限数值，例如 2.5；实际为“%1”</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>unknown operation &quot;%1&quot; (inc, dec, add, sub)</source>
        <translation>未知操作“%1”（inc、dec、add、sub）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>use GET, POST, PUT or DELETE</source>
        <translation>请使用 GET、POST、PUT 或 DELETE</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushMetricName</name>
    <message>
        <location filename="../src/exporter/pushmetricname.cpp" line="+90"/>
        <source>&quot;%1&quot; has no letters or digits to make a metric name from</source>
        <translation>“%1”中没有可用于生成指标名称的字母或数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric names are limited to 200 characters</source>
        <translation>指标名称最多 200 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names starting with bandwatch_ are reserved for Bandwatch&apos;s own metrics</source>
        <translation>以 bandwatch_ 开头的名称保留给 Bandwatch 自身的指标</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; (as %2): %3</source>
        <translation>“%1”（作为 %2）：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a gauge must not end in %1 (that suffix means a counter, histogram or summary); create it with type=counter or choose another name</source>
        <translation>gauge 不得以 %1 结尾（该后缀表示 counter、histogram 或 summary）；请用 type=counter 创建，或换一个名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the _bucket suffix is reserved for histograms</source>
        <translation>_bucket 后缀保留给直方图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a metric name should not contain its type (&quot;%1&quot;)</source>
        <translation>指标名称不应包含其类型（“%1”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abbreviated units (&quot;%1&quot;) are not allowed; spell out the base unit, e.g. _seconds or _bytes</source>
        <translation>不允许使用缩写单位（“%1”）；请写出完整的基本单位，例如 _seconds 或 _bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use a base unit (seconds, bytes, meters, ...) instead of &quot;%1&quot;</source>
        <translation>请使用基本单位（seconds、bytes、meters……），而不是“%1”</translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushMetricStore</name>
    <message>
        <location filename="../src/exporter/pushmetricstore.cpp" line="+126"/>
        <source>descriptions are limited to 1024 characters</source>
        <translation>描述最多 1024 个字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists as a %2</source>
        <translation>%1 已作为 %2 存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a counter cannot go down (%1 is at %2)</source>
        <translation>计数器不能减少（%1 当前为 %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the push store is full (%1 metrics; exporter.push.max_metrics)</source>
        <translation>推送存储已满（%1 个指标；exporter.push.max_metrics）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a counter cannot start below 0</source>
        <translation>计数器的初始值不能小于 0</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+27"/>
        <source>no pushed metric &quot;%1&quot;; create it with POST first</source>
        <translation>没有推送的指标“%1”；请先用 POST 创建</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>the value must be a finite number</source>
        <translation>值必须是有限数值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a counter at %2 and cannot be set lower; DELETE and re-create it to reset it</source>
        <translation>%1 是当前值为 %2 的计数器，不能设为更低的值；如需重置，请 DELETE 后重新创建</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the body must be a number</source>
        <translation>正文必须是数字</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>no pushed metric &quot;%1&quot;</source>
        <translation>没有推送的指标“%1”</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaConfig</name>
    <message>
        <location filename="../src/alerts/quotaconfig.cpp" line="+48"/>
        <source>&quot;quotas&quot; must be a list of quotas (each starting with &quot;- id: ...&quot;)</source>
        <translation>“quotas”必须是配额列表（每项以“- id: ...”开头）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota id &quot;%1&quot; is used twice</source>
        <translation>配额 ID“%1”被使用了两次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>each quota must be a mapping with at least &quot;id&quot;, &quot;series&quot; and &quot;limit&quot;</source>
        <translation>每个配额必须是至少包含“id”、“series”和“limit”的映射</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>quota without &quot;id&quot;</source>
        <translation>配额缺少“id”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quota id &quot;%1&quot; may only contain letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; (at most 64)</source>
        <translation>配额 ID“%1”只能包含字母、数字、&apos;_&apos;、&apos;-&apos; 和 &apos;.&apos;（最多 64 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quota &quot;%1&quot;</source>
        <translation>配额“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown key &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1：未知键“%2”（应为以下之一：%3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no &quot;series&quot; (e.g. series: {source: kong, labels: {service: api}})</source>
        <translation>%1 缺少“series”（例如 series: {source: kong, labels: {service: api}}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: direction must be in, out or both</source>
        <translation>%1：direction 必须为 in、out 或 both</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: kind must be volume, bandwidth or p95</source>
        <translation>%1：kind 必须为 volume、bandwidth 或 p95</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no &quot;limit&quot; (e.g. 2TB for a volume quota, 500Mbit/s for bandwidth and p95)</source>
        <translation>%1 缺少“limit”（例如流量配额为 2TB，带宽和 p95 配额为 500Mbit/s）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the limit of a volume quota is a byte count such as 2TB: %2</source>
        <translation>%1：流量配额的上限是字节数，例如 2TB：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>%1: the limit must be greater than zero</source>
        <translation>%1：上限必须大于零</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: the limit of a %2 quota is a bit rate such as 500Mbit/s: %3</source>
        <translation>%1：%2 配额的上限是比特率，例如 500Mbit/s：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: hysteresis is a number of percentage points from 0 to 50</source>
        <translation>%1：hysteresis 是 0 到 50 之间的百分点数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;projection_alert&quot; applies to volume quotas only (they have a forecast)</source>
        <translation>%1：“projection_alert”仅适用于流量配额（它们才有预测）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: projection_alert must be true or false</source>
        <translation>%1：projection_alert 必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;window&quot; applies to bandwidth quotas only</source>
        <translation>%1：“window”仅适用于带宽配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;statistic&quot; applies to bandwidth quotas only</source>
        <translation>%1：“statistic”仅适用于带宽配额</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: window must be a multiple of 5 minutes (5m, 15m, 1h, ...)</source>
        <translation>%1：window 必须是 5 分钟的整数倍（5m、15m、1h……）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: statistic must be peak or average</source>
        <translation>%1：statistic 必须为 peak 或 average</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>quota &quot;%1&quot;: series must be a mapping such as {source: kong, labels: {service: api}}</source>
        <translation>配额“%1”：series 必须是映射，例如 {source: kong, labels: {service: api}}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>quota &quot;%1&quot;: series.%2 must be a name or a glob pattern</source>
        <translation>配额“%1”：series.%2 必须是名称或通配符模式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quota &quot;%1&quot;: series.labels must be a mapping such as {service: api}</source>
        <translation>配额“%1”：series.labels 必须是映射，例如 {service: api}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quota &quot;%1&quot;: label &quot;%2&quot; must have a single value or glob</source>
        <translation>配额“%1”：标签“%2”必须只有一个值或通配符</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota &quot;%1&quot;: unknown key &quot;%2&quot; under series (expected source, name, labels)</source>
        <translation>配额“%1”：series 下的未知键“%2”（应为 source、name、labels）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quota &quot;%1&quot;: series needs a &quot;source&quot; (a source id)</source>
        <translation>配额“%1”：series 需要“source”（数据源 ID）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quota &quot;%1&quot;: unknown key &quot;%2&quot; under cycle (expected period, start_day, timezone)</source>
        <translation>配额“%1”：cycle 下的未知键“%2”（应为 period、start_day、timezone）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>quota &quot;%1&quot;: cycle must be a mapping such as {period: monthly, start_day: 15, timezone: Asia/Taipei}</source>
        <translation>配额“%1”：cycle 必须是映射，例如 {period: monthly, start_day: 15, timezone: Asia/Taipei}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>quota &quot;%1&quot;: %2</source>
        <translation>配额“%1”：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>quota &quot;%1&quot;: a threshold is a percentage of the limit greater than 0 and at most 1000, e.g. [80, 90, 100]</source>
        <translation>配额“%1”：阈值是上限的百分比，须大于 0 且不超过 1000，例如 [80, 90, 100]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota &quot;%1&quot;: thresholds must be a non-empty list such as [80, 90, 100]</source>
        <translation>配额“%1”：thresholds 必须是非空列表，例如 [80, 90, 100]</translation>
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
        <translation>上行（发送）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume per cycle</source>
        <translation>每周期流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth (mean over a window)</source>
        <translation>带宽(时间窗口内均值)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95th percentile</source>
        <translation>第 95 百分位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak window in the cycle</source>
        <translation>周期内的峰值窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest window</source>
        <translation>最近的窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time (%1)</source>
        <translation>本地时间(%1)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New Quota</source>
        <translation>新建配额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quota %1</source>
        <translation>配额 %1</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>another quota already has the id &quot;%1&quot;</source>
        <translation>已有另一个配额使用 ID“%1”</translation>
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
        <translation>起始于(&amp;O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts on &amp;day:</source>
        <translation>起始日(&amp;D):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not understood</source>
        <translation>无法识别</translation>
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
        <translation>超过 80 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over 90 %</source>
        <translation>超过 90 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit reached</source>
        <translation>已达上限</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaListModel</name>
    <message>
        <location filename="../src/gui/quotalistmodel.cpp" line="+79"/>
        <source>monthly from day 1, UTC</source>
        <translation>每月,从 1 日起,UTC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daily, %1</source>
        <translation>每天,%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly from %1, %2</source>
        <translation>每周,从 %1 起,%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly from day %1, %2</source>
        <translation>每月,从 %1 日起,%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaPanel</name>
    <message>
        <location filename="../src/gui/quotapanel.cpp" line="+88"/>
        <source>No quotas configured. Add a &lt;code&gt;quotas:&lt;/code&gt; section to the configuration file to watch a volume, bandwidth or 95th-percentile limit here.</source>
        <translation>尚未配置配额。在配置文件中添加 &lt;code&gt;quotas:&lt;/code&gt; 部分，即可在此监视流量、带宽或第 95 百分位上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume alerts</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alert notifications are paused until %1; alerts are kept in the outbox.</source>
        <translation>提醒通知已暂停至 %1；提醒会保留在发件箱中。</translation>
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
        <translation>带宽</translation>
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
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>will exceed the limit</source>
        <translation>将超出上限</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n burst interval(s) left</source>
        <translation>
            <numerusform>剩余 %n 个突发区间</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit reached; %1 at cycle end</source>
        <translation>已达上限；周期结束时 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at cycle end; limit on %2</source>
        <translation>周期结束时 %1；%2 达到上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at cycle end</source>
        <translation>周期结束时 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per day</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cycle: %1 to %2 (%3)</source>
        <translation>周期：%1 至 %2（%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The forecast starts an hour into the cycle.</source>
        <translation>周期开始一小时后才有预测。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burst intervals: 5-minute intervals that may still exceed the limit before the 95th percentile does.</source>
        <translation>突发区间：在第 95 百分位超出上限之前，仍可超出上限的 5 分钟区间数。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n 个序列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluated %1</source>
        <translation>评估于 %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
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
        <translation>周期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily budget left</source>
        <translation>每日剩余预算</translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotasPage</name>
    <message>
        <location filename="../src/gui/quotaspage.cpp" line="+44"/>
        <source>Quotas</source>
        <translation>配额</translation>
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
        <translation>显示最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cycle</source>
        <translation>本周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the current billing cycle</source>
        <translation>显示当前计费周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last cycle</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous billing cycle</source>
        <translation>显示上一个计费周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a range you choose</source>
        <translation>显示自选的时间范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the chosen range, following new data</source>
        <translation>返回所选范围并跟随新数据</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Reader</name>
    <message>
        <location filename="../src/core/vnstatparser.cpp" line="+42"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a whole number of at least 0</source>
        <translation>“%1”不是不小于 0 的整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”过大</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the entry has neither a timestamp nor a valid date</source>
        <translation>该条目既没有时间戳也没有有效日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hour entry has id %1, expected 0 to 23</source>
        <translation>小时条目的 id 为 %1，应为 0 到 23</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry has no valid time</source>
        <translation>该条目没有有效时间</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the entry has no valid date</source>
        <translation>该条目没有有效日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the entry ends before it starts</source>
        <translation>该条目的结束早于开始</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>interface %1</source>
        <translation>接口 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; (its name) is missing</source>
        <translation>缺少“%1”（其名称）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface &quot;%1&quot;</source>
        <translation>接口“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;traffic&quot; is missing</source>
        <translation>缺少“traffic”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;traffic.total&quot; is missing</source>
        <translation>缺少“traffic.total”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 entry %3</source>
        <translation>%1，%2 条目 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="-306"/>
        <source>%1%2 must be true or false</source>
        <translation>%1%2 必须为 true 或 false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1%2 must be a whole number of at least %3</source>
        <translation>%1%2 必须是不小于 %3 的整数</translation>
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
        <translation>应为大小，例如 64KiB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a duration of at least 100ms</source>
        <translation>应为至少 100ms 的时长</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; under %2 (expected one of: %3)</source>
        <translation>%2 下的未知键“%1”（应为以下之一：%3）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SecretStore</name>
    <message>
        <location filename="../src/app/secretstore.cpp" line="+30"/>
        <source>Secrets are stored in the desktop keychain (service &quot;bandwatch&quot;). Headless mode on a server cannot read them: give it &lt;key&gt;_file or ${ENV} instead.</source>
        <translation>机密信息保存在桌面密钥环中（服务“bandwatch”）。服务器上的无界面模式无法读取它们：请改为提供 &lt;key&gt;_file 或 ${ENV}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets are stored in files only you can read, in %1.</source>
        <translation>机密信息保存在仅您可读的文件中，位于 %1。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>in the keychain</source>
        <translation>在密钥环中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in file %1</source>
        <translation>在文件 %1 中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written in the configuration file</source>
        <translation>写在配置文件中</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Secrets</name>
    <message>
        <location filename="../src/core/secrets.cpp" line="+32"/>
        <source>unterminated ${ in &quot;%1&quot;</source>
        <translation>“%1”中的 ${ 未闭合</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty variable name ${} in a value</source>
        <translation>值中有空的变量名 ${}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>environment variable %1 is not set</source>
        <translation>环境变量 %1 未设置</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read secret file %1: %2</source>
        <translation>无法读取机密文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret file %1 is readable by other users; run chmod 600 on it</source>
        <translation>机密文件 %1 可被其他用户读取；请对其运行 chmod 600</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SelfSignedCertificate</name>
    <message>
        <location filename="../src/exporter/selfsignedcertificate.cpp" line="+38"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exporter.tls.self_signed needs the openssl command to create a certificate; install openssl or give tls.cert_file and tls.key_file</source>
        <translation>exporter.tls.self_signed 需要 openssl 命令来创建证书；请安装 openssl，或给出 tls.cert_file 和 tls.key_file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>openssl could not create a self-signed certificate: %1</source>
        <translation>openssl 无法创建自签名证书：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot store the certificate in %1</source>
        <translation>无法将证书保存到 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>无法读取 TLS 证书 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation>无法读取 TLS 密钥 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no unencrypted PEM private key (EC, RSA or DSA)</source>
        <translation>%1 中没有未加密的 PEM 私钥（EC、RSA 或 DSA）</translation>
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
        <translation>未保存：</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="+75"/>
        <source>cannot create the instance lock %1</source>
        <translation>无法创建实例锁 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another Bandwatch is running for this configuration but does not answer (lock file %1)</source>
        <translation>另一个 Bandwatch 正在使用此配置运行，但没有响应（锁文件 %1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot listen on the local socket %1: %2</source>
        <translation>无法监听本地套接字 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SmtpClient</name>
    <message>
        <location filename="../src/alerts/smtpclient.cpp" line="+108"/>
        <source>cannot initialise libcurl</source>
        <translation>无法初始化 libcurl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>interrupted by shutdown</source>
        <translation>因关闭而中断</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server rejected the login of user &quot;%1&quot;: wrong user name or password</source>
        <translation>服务器拒绝了用户“%1”的登录：用户名或密码错误</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server offers STARTTLS but refused it with &quot;%1&quot;, and starttls is required: nothing was sent (often a temporary problem on the server&apos;s side)</source>
        <translation>服务器提供 STARTTLS，但以“%1”拒绝了它，而 starttls 为必需：未发送任何内容（通常是服务器端的临时问题）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not offer STARTTLS, and starttls is required: nothing was sent (set starttls: optional only if clear text is acceptable)</source>
        <translation>服务器不提供 STARTTLS，而 starttls 设为 required：未发送任何内容（仅在可以接受明文时才设置 starttls: optional）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s TLS certificate is not trusted (%1); if your own CA signed it, set ca_file to that CA&apos;s certificate</source>
        <translation>服务器的 TLS 证书不受信任（%1）；如果是您自己的 CA 签发的，请将 ca_file 设置为该 CA 的证书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot use the CA file &quot;%1&quot; (%2)</source>
        <translation>无法使用 CA 文件“%1”（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed (%1)</source>
        <translation>TLS 握手失败（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot resolve the host name %1</source>
        <translation>无法解析主机名 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot connect to %1 (%2); is the server running and the port right?</source>
        <translation>无法连接到 %1（%2）；服务器是否在运行、端口是否正确？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 in time (%2)</source>
        <translation>%1 未及时应答（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e-mail via %1 failed: %2</source>
        <translation>通过 %1 发送电子邮件失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (last server reply: &quot;%1&quot;)</source>
        <translation>（服务器最后的回复：“%1”）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceDialog</name>
    <message>
        <location filename="../src/gui/sourcedialog.cpp" line="+65"/>
        <source>Add Source</source>
        <translation>添加数据源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Source %1</source>
        <translation>编辑数据源 %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Also in the file, kept as written: %1</source>
        <translation>文件中的其他键（保持原样）：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the source an id (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;).</source>
        <translation>请为数据源指定 ID（字母、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another source already has the id &quot;%1&quot;.</source>
        <translation>已有其他数据源使用 ID“%1”。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fix the problems shown above first.</source>
        <translation>请先修正上面显示的问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Polling %1 (timeout %2 s)…</source>
        <translation>正在轮询 %1（超时 %2 秒）…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source answered, but reported no series (no traffic, or nothing matched its settings).</source>
        <translation>数据源已响应，但没有报告任何序列（没有流量，或没有内容符合其设置）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>OK, %n series:</source>
        <translation>
            <numerusform>成功，%n 个序列：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceListModel</name>
    <message>
        <location filename="../src/gui/sourcelistmodel.cpp" line="+96"/>
        <source>Polled while Bandwatch runs</source>
        <translation>Bandwatch 运行时轮询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the file, not polled</source>
        <translation>保留在文件中，不轮询</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>60s (default)</source>
        <translation>60s（默认）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>URL in %1</source>
        <translation>URL 位于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (path hidden)</source>
        <translation>%1（路径已隐藏）</translation>
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
        <translation>所有接口</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceOptionsForm</name>
    <message>
        <location filename="../src/gui/sourceoptionsform.cpp" line="+61"/>
        <source>This dialog has no form for the options of this type yet: set them in the configuration file (they are kept as written).</source>
        <translation>此对话框尚无该类型选项的表单：请在配置文件中设置（它们会保持原样）。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>type a new value to replace it</source>
        <translation>输入新值以替换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the value</source>
        <translation>输入值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New value entered: it is stored in a file only you can read when the settings are applied.</source>
        <translation>已输入新值：应用设置时，它将保存到只有您能读取的文件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the desktop keychain (%1)</source>
        <translation>在桌面密钥环中（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in the configuration file (a new value moves it to a file only you can read)</source>
        <translation>直接写在配置文件中（输入新值会将其移到只有您能读取的文件中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceProbe</name>
    <message>
        <location filename="../src/app/sourceprobe.cpp" line="+46"/>
        <source>unknown source type &quot;%1&quot;</source>
        <translation>未知的数据源类型“%1”</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>First reading taken; reading again in %1 to measure the traffic.</source>
        <translation>已完成第一次读取；将在 %1 后再次读取以测量流量。</translation>
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
        <translation>%1：%2，历时 %3</translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceTreeModel</name>
    <message>
        <location filename="../src/gui/sourcetreemodel.cpp" line="+309"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>接收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../src/gui/sourcetreetext.cpp" line="+15"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source &quot;%1&quot; (%2): %3</source>
        <translation>数据源“%1”（%2）：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last success: %1</source>
        <translation>上次成功：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No successful poll yet</source>
        <translation>尚无成功的轮询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls: %1, failed: %2</source>
        <translation>轮询：%1 次，失败：%2 次</translation>
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
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
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
        <translation>腾讯云：响应中没有 Response 对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud error %1: %2 (RequestId %3)</source>
        <translation>腾讯云错误 %1：%2（RequestId %3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tencent Cloud: unknown Interval &quot;%1&quot; (expected min, 5min, hour or day)</source>
        <translation>腾讯云：未知的 Interval“%1”（应为 min、5min、hour 或 day）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tencent Cloud: the response has no Data list</source>
        <translation>腾讯云：响应中没有 Data 列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tencent Cloud: metric &quot;%1&quot; is not traffic</source>
        <translation>腾讯云：指标“%1”不是流量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tencent Cloud: invalid data point (Time &quot;%1&quot;) for %2</source>
        <translation>腾讯云：%2 的数据点无效（Time“%1”）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TencentCdnSource</name>
    <message>
        <location filename="../src/sources/cdn/tencentcdnsource.cpp" line="+45"/>
        <source>domains: DescribeCdnData takes at most 30 domains; split them over two sources</source>
        <translation>domains：DescribeCdnData 最多接受 30 个域名；请将它们拆分到两个数据源中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>area must be mainland or overseas</source>
        <translation>area 必须为 mainland 或 overseas</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TestMail</name>
    <message>
        <location filename="../src/alerts/testmail.cpp" line="+34"/>
        <source>Test message from Bandwatch</source>
        <translation>Bandwatch 测试邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a test message from the Bandwatch settings on %1, sent %2 via %3.

It arrived, so quota alerts sent by e-mail with these settings will arrive too.
</source>
        <translation>这是一封来自 %1 上 Bandwatch 设置的测试邮件,于 %2 经由 %3 发送。

您收到了它,说明使用这些设置通过电子邮件发送的配额警报也能送达。
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server %1 accepted the test message for %2.</source>
        <translation>服务器 %1 已接受发给 %2 的测试邮件。</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrafficTableModel</name>
    <message>
        <location filename="../src/gui/traffictablemodel.cpp" line="+172"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In (bytes)</source>
        <translation>入站（字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out (bytes)</source>
        <translation>出站（字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total (bytes)</source>
        <translation>合计（字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak (bit/s)</source>
        <translation>峰值（bit/s）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th percentile (bit/s)</source>
        <translation>第 95 百分位（bit/s）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrafficTableView</name>
    <message>
        <location filename="../src/gui/traffictableview.cpp" line="+178"/>
        <source>Export Traffic Table</source>
        <translation>导出流量表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>%1：错误</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: waiting for data</source>
        <translation>%1：等待数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: in %2, out %3</source>
        <translation>%1：接收 %2，发送 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worst quota: %1</source>
        <translation>最紧张的配额：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts paused until %1</source>
        <translation>提醒已暂停至 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bandwatch is still running</source>
        <translation>Bandwatch 仍在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps measuring in the background. Click the tray icon to open the window again, or choose Quit from its menu to exit.</source>
        <translation>它会在后台继续测量。单击托盘图标可重新打开窗口，或从其菜单中选择“退出”以结束程序。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Hide Bandwatch</source>
        <translation>隐藏 Bandwatch(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show Bandwatch</source>
        <translation>显示 Bandwatch(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Pause alerts for 1 hour (paused until %1)</source>
        <translation>暂停提醒 1 小时(&amp;P)（暂停至 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause alerts for 1 hour</source>
        <translation>暂停提醒 1 小时(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrayNotifier</name>
    <message>
        <location filename="../src/gui/traynotifier.cpp" line="+57"/>
        <source>Bandwatch quota alert</source>
        <translation>Bandwatch 配额告警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show quota</source>
        <translation>显示配额</translation>
    </message>
</context>
<context>
    <name>Bandwatch::Units</name>
    <message>
        <location filename="../src/core/units.cpp" line="+103"/>
        <source>accepted units: B, kB (or KB), MB, GB, TB (powers of 1000), KiB, MiB, GiB, TiB (powers of 1024); a bare number is bytes</source>
        <translation>可接受的单位：B、kB（或 KB）、MB、GB、TB（1000 的幂）、KiB、MiB、GiB、TiB（1024 的幂）；不带单位的数字表示字节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepted units: bit/s, kbit/s, Mbit/s, Gbit/s, Tbit/s (also written bps, kbps, Mbps, Gbps, Tbps or kb/s, Mb/s, Gb/s, Tb/s; K and k both mean kilo), Kibit/s, Mibit/s, Gibit/s, Tibit/s, and byte rates B/s, kB/s, MB/s, GB/s, TB/s, KiB/s, MiB/s, GiB/s, TiB/s (converted to bit/s)</source>
        <translation>可接受的单位：bit/s、kbit/s、Mbit/s、Gbit/s、Tbit/s（也可写作 bps、kbps、Mbps、Gbps、Tbps 或 kb/s、Mb/s、Gb/s、Tb/s；K 和 k 都表示千）、Kibit/s、Mibit/s、Gibit/s、Tibit/s，以及字节速率 B/s、kB/s、MB/s、GB/s、TB/s、KiB/s、MiB/s、GiB/s、TiB/s（换算为 bit/s）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accepted: a number followed by ms, s, m, h, d or w, several such parts from the largest unit to the smallest (&quot;1h30m&quot;), or a bare number of seconds</source>
        <translation>可接受：数字后跟 ms、s、m、h、d 或 w，可由大到小组合多个这样的部分（“1h30m”），或不带单位的秒数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a valid %2: %3; %4</source>
        <translation>%1 不是有效的%2：%3；%4</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>byte size</source>
        <translation>字节大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <location line="+37"/>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+51"/>
        <source>it does not start with a non-negative number</source>
        <translation>不是以非负数开头</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+55"/>
        <location line="+70"/>
        <source>unknown unit %1</source>
        <translation>未知单位 %1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>it is larger than %1 bytes</source>
        <translation>超过了 %1 字节</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>bit rate</source>
        <translation>比特率</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the unit is missing</source>
        <translation>缺少单位</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>the number is out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a non-negative number at %1</source>
        <translation>在 %1 处应为非负数</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a number without a unit can only stand alone</source>
        <translation>不带单位的数字只能单独使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected %1</source>
        <translation>意外的 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the unit %1 is repeated or out of order</source>
        <translation>单位 %1 重复或顺序错误</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is too long</source>
        <translation>内容过长</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatCommand</name>
    <message>
        <location filename="../src/sources/vnstatcommand.cpp" line="+83"/>
        <source>vnstat printed more than %1; stopped it</source>
        <translation>vnstat 输出超过了 %1；已将其停止</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the vnstat command &quot;%1&quot; was not found (install the vnstat package, or set command: to its full path)</source>
        <translation>找不到 vnstat 命令“%1”（请安装 vnstat 软件包，或将 command: 设置为其完整路径）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot run &quot;%1&quot;: %2</source>
        <translation>无法运行“%1”：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vnstat crashed or was killed</source>
        <translation>vnstat 崩溃或被终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat crashed or was killed: %1</source>
        <translation>vnstat 崩溃或被终止：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vnstat did not finish within %1 and was stopped (command_timeout)</source>
        <translation>vnstat 未在 %1 内完成，已被停止（command_timeout）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vnstat does not know the interface &quot;%1&quot; (exit code %2): %3</source>
        <translation>vnstat 不认识接口“%1”（退出码 %2）：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vnstat cannot read its database (exit code %1; check dbdir/config and that vnstatd created it): %2</source>
        <translation>vnstat 无法读取其数据库（退出码 %1；请检查 dbdir/config，并确认 vnstatd 已创建该数据库）：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vnstat cannot read its configuration (exit code %1): %2</source>
        <translation>vnstat 无法读取其配置（退出码 %1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat failed with exit code %1: %2</source>
        <translation>vnstat 失败，退出码 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterBaseline</name>
    <message>
        <location filename="../src/sources/vnstatexporterbaseline.cpp" line="+37"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a vnstat-exporter state file; the first poll takes a new baseline</source>
        <translation>%1 不是 vnstat-exporter 状态文件；首次轮询将建立新的基线</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterSource</name>
    <message>
        <location filename="../src/sources/vnstatexportersource.cpp" line="+62"/>
        <source>cannot read url_file: %1</source>
        <translation>无法读取 url_file：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no url configured</source>
        <translation>未配置 url</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>url is not an http:// or https:// URL with a host</source>
        <translation>url 不是带有主机的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown option &quot;%1&quot; for a vnstat-exporter source (known: %2)</source>
        <translation>vnstat-exporter 数据源不支持选项“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a single value</source>
        <translation>%1 必须是单个值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give either url or url_file, not both</source>
        <translation>只能给出 url 或 url_file 其中之一，不能同时给出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url is required: the exporter&apos;s address including its secret path, e.g. http://host:50000/webhook/secret-... (or url_file)</source>
        <translation>需要 url：导出器的地址，包括其秘密路径，例如 http://host:50000/webhook/secret-...（或 url_file）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>url has no path: the exporter serves its totals on its secret path, e.g. /webhook/secret-...</source>
        <translation>url 没有路径：导出器在其秘密路径上提供总量，例如 /webhook/secret-...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check_health must be true or false</source>
        <translation>check_health 必须为 true 或 false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>series must not be empty</source>
        <translation>series 不能为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation>max_gap_intervals 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>HTTP %1 from %2</source>
        <translation>来自 %2 的 HTTP %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>health check failed: %1</source>
        <translation>健康检查失败：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the exporter at %1 reports itself unhealthy (status &quot;%2&quot;)</source>
        <translation>%1 上的导出器报告自身不健康（状态“%2”）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (is the secret path in url right?)</source>
        <translation>（url 中的秘密路径是否正确？）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer of %1 is not a vnstat exporter&apos;s totals (%2): %3</source>
        <translation>%1 的应答不是 vnstat 导出器的总量（%2）：%3</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterTotals</name>
    <message>
        <location filename="../src/core/vnstatexportertotals.cpp" line="+57"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：偏移 %2 处的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a JSON object with &quot;start_date&quot;, &quot;in&quot; and &quot;out&quot;</source>
        <translation>应为包含 &quot;start_date&quot;、&quot;in&quot; 和 &quot;out&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;start_date&quot; is missing or not a string</source>
        <translation>&quot;start_date&quot; 缺失或不是字符串</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;start_date&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;start_date&quot; 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation>&quot;%1&quot; 缺失或不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a plausible traffic total in MiB</source>
        <translation>&quot;%1&quot; 不是合理的流量总量（MiB）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatParser</name>
    <message>
        <location filename="../src/core/vnstatparser.cpp" line="+30"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：偏移 %2 处的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vnstat JSON document (the top level is not an object)</source>
        <translation>不是 vnstat JSON 文档（顶层不是对象）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vnstat API envelope holds no data (error: %1)</source>
        <translation>vnstat API 封装中没有数据（错误：%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not vnstat --json output (no &quot;jsonversion&quot;)</source>
        <translation>不是 vnstat --json 的输出（没有“jsonversion”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is the output of vnstat --live or --traffic (current rates), not of the database (vnstat --json)</source>
        <translation>这是 vnstat --live 或 --traffic 的输出（当前速率），而不是数据库的输出（vnstat --json）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported jsonversion &quot;%1&quot; (Bandwatch reads 1 and 2)</source>
        <translation>不支持的 jsonversion“%1”（Bandwatch 可读取 1 和 2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;interfaces&quot; is missing or not a list</source>
        <translation>“interfaces”缺失或不是列表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interface %1 is not an object</source>
        <translation>接口 %1 不是对象</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatSource</name>
    <message>
        <location filename="../src/sources/vnstatsource.cpp" line="+88"/>
        <source>unknown option &quot;%1&quot; for a vnstat source (known: %2)</source>
        <translation>vnstat 数据源不支持选项“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a single value</source>
        <translation>%1 必须是单个值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must not be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command_timeout must be at least 100ms</source>
        <translation>command_timeout 必须至少为 100ms</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>vnstat printed something that is not its JSON database dump (%1); the output begins: &quot;%2&quot;</source>
        <translation>vnstat 输出的内容不是其 JSON 数据库转储（%1）；输出开头为：“%2”</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>interface &quot;%1&quot; is not in vnstat&apos;s database (it has: %2)</source>
        <translation>接口“%1”不在 vnstat 的数据库中（现有：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vnstat&apos;s database has no interfaces yet: add one with &quot;vnstat --add -i NAME&quot; and make sure vnstatd is running</source>
        <translation>vnstat 的数据库中还没有接口：请用“vnstat --add -i NAME”添加一个，并确保 vnstatd 正在运行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>vnstat&apos;s data was last written %1 ago (%2 UTC), longer than stale_after (%3): vnstatd is not running, or not monitoring %4 (the history it holds is imported all the same)</source>
        <translation>vnstat 的数据最后一次写入是在 %1 前（%2 UTC），超过了 stale_after（%3）：vnstatd 未运行，或未监控 %4（其已有的历史数据仍会照常导入）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatWatermarks</name>
    <message>
        <location filename="../src/sources/vnstatwatermarks.cpp" line="+38"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a vnstat import state file; starting a full import</source>
        <translation>%1 不是 vnstat 导入状态文件；将开始完整导入</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::WebhookNotifier</name>
    <message>
        <location filename="../src/alerts/webhooknotifier.cpp" line="+84"/>
        <source>webhook %1 answered HTTP %2 %3</source>
        <translation>webhook %1 返回了 HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>webhook %1 failed: %2</source>
        <translation>webhook %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>CdnJson</name>
    <message>
        <location filename="../src/sources/cdn/cdnjson.cpp" line="+19"/>
        <source>%1: the response is not valid JSON (%2 at byte %3): %4</source>
        <translation>%1：响应不是有效的 JSON（字节 %3 处的 %2）：%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the response is not a JSON object</source>
        <translation>%1：响应不是 JSON 对象</translation>
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
        <translation>带宽</translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <location filename="../src/app/collector.cpp" line="-80"/>
        <source>source &quot;%1&quot; has an unknown type &quot;%2&quot;</source>
        <translation>数据源“%1”的类型“%2”未知</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="+28"/>
        <source>Watches bandwidth and traffic quotas of interfaces, CDNs, Kong, Prometheus and vnstat.</source>
        <translation>监视网络接口、CDN、Kong、Prometheus 和 vnstat 的带宽与流量配额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this configuration file.</source>
        <translation>使用此配置文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collect, alert and export with no GUI until SIGTERM/SIGINT.</source>
        <translation>以无界面方式采集、告警和导出，直至收到 SIGTERM/SIGINT。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poll every source, print samples as JSON lines, store nothing.</source>
        <translation>轮询每个数据源，以 JSON 行输出样本，不存储任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Polls per source in --dry-run (default 2).</source>
        <translation>--dry-run 中每个数据源的轮询次数（默认为 2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validate a configuration file and exit.</source>
        <translation>验证配置文件并退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debug, info, warning or error.</source>
        <translation>debug、info、warning 或 error。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair a damaged history database (the one --config names): keep the damaged file beside it and copy every readable row into a new one.</source>
        <translation>修复损坏的历史数据库（--config 指定的那个）：将损坏的文件保留在旁边，并把所有可读的行复制到新文件中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--polls needs a whole number of at least 1</source>
        <translation>--polls 需要不小于 1 的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--polls only makes sense with --dry-run</source>
        <translation>--polls 仅在与 --dry-run 一起使用时才有意义</translation>
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
        <translation>单个值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
</context>
<context>
    <name>CustomRangeDialog</name>
    <message>
        <location filename="../ui/customrangedialog.ui" line="+14"/>
        <source>Custom Range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <location filename="../src/app/dryrun.cpp" line="+32"/>
        <source>the configuration has no enabled sources</source>
        <translation>配置中没有已启用的数据源</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>source %1: poll failed: %2
</source>
        <translation>数据源 %1：轮询失败：%2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source %1: degraded: %2
</source>
        <translation>数据源 %1：降级：%2
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>source %1 failed on every poll
</source>
        <translation>数据源 %1 每次轮询均失败
</translation>
    </message>
</context>
<context>
    <name>ExporterPage</name>
    <message>
        <location filename="../ui/exporterpage.ui" line="+38"/>
        <source>Serve metrics and the JSON API (exporter enabled)</source>
        <translation>提供指标和 JSON API(启用导出器)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (plain HTTP)</source>
        <translation>无(明文 HTTP)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate and key files</source>
        <translation>证书和私钥文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ce&amp;rtificate:</source>
        <translation>证书(&amp;R):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Key:</source>
        <translation>私钥(&amp;K):</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Self-signed (generated on first start, fingerprint logged)</source>
        <translation>自签名(首次启动时生成,指纹记录在日志中)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Create key…</source>
        <translation>创建密钥(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move key</source>
        <translation>删除密钥(&amp;M)</translation>
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
        <translation>未知的日志级别“%1”（请使用 %2）</translation>
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
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open Configuration File</source>
        <translation>打开配置文件(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the configuration file in the default editor</source>
        <translation>在默认编辑器中打开配置文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload Configuration</source>
        <translation>重新加载配置(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the configuration file again and restart the sources</source>
        <translation>重新读取配置文件并重启数据源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the sources, quotas, notifications and exporter</source>
        <translation>编辑数据源、配额、通知和导出器</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last 15 minutes</source>
        <translation>显示最近 15 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last hour</source>
        <translation>显示最近 1 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last 24 hours</source>
        <translation>显示最近 24 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Bandwatch</source>
        <translation>关于 Bandwatch(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../ui/newkeydialog.ui" line="+14"/>
        <source>New API Key</source>
        <translation>新 API 密钥</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This key will not be shown again. Copy it now; Bandwatch keeps only the file it was written to.</source>
        <translation>此密钥不会再次显示。请立即复制;Bandwatch 只保留写入它的文件。</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../ui/notificationspage.ui" line="+29"/>
        <source>Send alerts by e-mail</source>
        <translation>通过电子邮件发送警报</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U):</translation>
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
        <translation>发件人(&amp;F):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User na&amp;me:</source>
        <translation>用户名(&amp;M):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: no login</source>
        <translation>留空:不登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>留空:使用系统的证书颁发机构</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verify the server&apos;s certificate and host name</source>
        <translation>验证服务器的证书和主机名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate verification is off: anyone on the network path can read the password and the alerts. Never use this in production.</source>
        <translation>证书验证已关闭:网络路径上的任何人都能读取密码和警报。切勿在生产环境中使用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject p&amp;refix:</source>
        <translation>主题前缀(&amp;R):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send test &amp;mail</source>
        <translation>发送测试邮件(&amp;M)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Post alerts to a webhook</source>
        <translation>将警报发送到 Webhook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Headers:</source>
        <translation>请求头(&amp;H):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one per line, e.g. Authorization: Bearer ${TOKEN}</source>
        <translation>每行一个,例如 Authorization: Bearer ${TOKEN}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ti&amp;meout:</source>
        <translation>超时(&amp;M):</translation>
    </message>
</context>
<context>
    <name>PrometheusSource</name>
    <message>
        <location filename="../src/sources/prometheussamples.cpp" line="+35"/>
        <source>a series has %1=&quot;%2&quot;, which is neither in/ingress/rx nor out/egress/tx</source>
        <translation>某个序列的 %1=“%2”，既不是 in/ingress/rx，也不是 out/egress/tx</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../ui/quotadialog.ui" line="+14"/>
        <source>Quota</source>
        <translation>配额</translation>
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
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, shown in alerts</source>
        <translation>可选,显示在警报中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Source:</source>
        <translation>数据源(&amp;S):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Series &amp;name:</source>
        <translation>序列名称(&amp;N):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>any (glob, e.g. eth* or api)</source>
        <translation>任意(通配符,例如 eth* 或 api)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Labels:</source>
        <translation>标签(&amp;L):</translation>
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
        <translation>限额</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&amp;imit:</source>
        <translation>限额(&amp;I):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 2TB</source>
        <translation>例如 2TB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>S&amp;tatistic:</source>
        <translation>统计方式(&amp;T):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Thresholds (%):</source>
        <translation>阈值(%)(&amp;T):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Billing cycle</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starts &amp;on:</source>
        <translation>起始于(&amp;O):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current cycle:</source>
        <translation>当前周期:</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../ui/quotaspage.ui" line="+29"/>
        <source>Each quota covers a selection of series over a billing cycle. An alert is sent once per threshold and cycle.</source>
        <translation>每个配额涵盖计费周期内选定的序列。每个阈值在每个周期只发送一次警报。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../src/app/secretfile.cpp" line="+32"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../ui/sourcedialog.ui" line="+14"/>
        <source>Source</source>
        <translation>数据源</translation>
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
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;N)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the interval, at most 30s</source>
        <translation>同间隔，最多 30s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Enabled (polled while Bandwatch runs)</source>
        <translation>启用(&amp;E)（Bandwatch 运行时轮询）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test Now</source>
        <translation>立即测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll this source once with the values above, without saving them</source>
        <translation>使用上面的值轮询此数据源一次，不保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Press Test Now to poll the source once and see what it reports.</source>
        <translation>按“立即测试”轮询数据源一次，查看其报告的内容。</translation>
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <location filename="../src/sources/sourcefactory.cpp" line="+89"/>
        <source>unknown source type &quot;%1&quot; (known types: %2)</source>
        <translation>未知的数据源类型“%1”（已知类型：%2）</translation>
    </message>
</context>
<context>
    <name>SourceFields</name>
    <message>
        <location filename="../src/gui/sourcefields.cpp" line="+40"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (basic authentication)</source>
        <translation>无（基本认证）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token header:</source>
        <translation>令牌请求头：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all interfaces, or globs such as eth*, wlan*</source>
        <translation>所有接口，或通配符如 eth*, wlan*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glob patterns, separated by commas</source>
        <translation>通配符模式，以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Max. gap (intervals):</source>
        <translation>最大间隙（间隔数）：</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Interface:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every interface vnstat knows</source>
        <translation>vnstat 已知的所有接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat configuration:</source>
        <translation>vnstat 配置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>vnstat&apos;s default</source>
        <translation>vnstat 的默认值</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Database folder:</source>
        <translation>数据库文件夹：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale after:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check /health first</source>
        <translation>先检查 /health</translation>
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
        <translation>导出器的地址，包括其秘密路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Series name:</source>
        <translation>序列名称：</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>URLs (several nodes):</source>
        <translation>URL 列表（多个节点）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instead of URL: node URLs separated by commas</source>
        <translation>代替 URL：以逗号分隔的节点 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep labels:</source>
        <translation>保留标签：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (aggregated); consumer, workspace</source>
        <translation>无（汇总）；consumer, workspace</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Query (PromQL):</source>
        <translation>查询（PromQL）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series labels:</source>
        <translation>序列标签：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels that name a series, e.g. service</source>
        <translation>用于命名序列的标签，例如 service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction label:</source>
        <translation>方向标签：</translation>
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
        <translation>步长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the interval</source>
        <translation>同间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range mode: max(30s, step); instant: 0s</source>
        <translation>range 模式：max(30s, step)；instant：0s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First poll reaches back:</source>
        <translation>首次轮询回溯：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch again (late data):</source>
        <translation>重新获取（延迟数据）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API endpoint:</source>
        <translation>API 端点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider&apos;s default</source>
        <translation>服务商默认值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains:</source>
        <translation>域名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cdn.example.com, img.example.com</source>
        <translation>cdn.example.com, img.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zone ID:</source>
        <translation>区域 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>API token:</source>
        <translation>API 令牌：</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>A token with the Analytics Read permission</source>
        <translation>具有 Analytics Read 权限的令牌</translation>
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
        <translation>区域：</translation>
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
        <translation>服务 ID：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service ID</source>
        <translation>服务 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client token:</source>
        <translation>客户端令牌：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distribution IDs:</source>
        <translation>分配 ID：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID:</source>
        <translation>访问密钥 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access key:</source>
        <translation>秘密访问密钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IAM key allowed cloudwatch:GetMetricData</source>
        <translation>允许 cloudwatch:GetMetricData 的 IAM 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period (seconds):</source>
        <translation>周期（秒）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settling delay:</source>
        <translation>稳定延迟：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an API key; or leave empty and use an AccessKey</source>
        <translation>配合 API 密钥使用；或留空并使用 AccessKey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey:</source>
        <translation>AccessKey：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granularity:</source>
        <translation>粒度：</translation>
    </message>
</context>
<context>
    <name>SourceRunner</name>
    <message>
        <location filename="../src/app/sourceprobe.cpp" line="-62"/>
        <location filename="../src/app/sourcerunner.cpp" line="+156"/>
        <source>no answer within %1 s (timeout)</source>
        <translation>%1 秒内无响应（超时）</translation>
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
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../ui/sourcespage.ui" line="+29"/>
        <source>Where Bandwatch reads traffic from. Each source is polled on its own timer; a disabled source stays in the file but is not polled.</source>
        <translation>Bandwatch 从哪里读取流量。每个数据源按各自的定时器轮询；停用的数据源保留在文件中，但不会被轮询。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a source</source>
        <translation>添加数据源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected source</source>
        <translation>编辑所选数据源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected source from the configuration</source>
        <translation>从配置中删除所选数据源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the selected source in the file but stop polling it</source>
        <translation>将所选数据源保留在文件中，但停止轮询</translation>
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
        <translation>Bandwatch 无法启动：配置文件有问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Configuration File</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Bandwatch cannot start.</source>
        <translation>Bandwatch 无法启动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair History</source>
        <translation>修复历史记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairing renames the damaged file to %1.damaged-&lt;time&gt;, keeps it there, and copies every row that can still be read into a new database at %1.</source>
        <translation>修复会将损坏的文件重命名为 %1.damaged-&lt;time&gt; 并保留，然后将所有仍可读取的行复制到位于 %1 的新数据库中。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The history database was repaired.</source>
        <translation>历史数据库已修复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history database could not be repaired.</source>
        <translation>无法修复历史数据库。</translation>
    </message>
</context>
<context>
    <name>TrafficTableView</name>
    <message>
        <location filename="../ui/traffictableview.ui" line="+34"/>
        <source>&amp;Per:</source>
        <translation>统计周期(&amp;P)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hour (last 48 hours)</source>
        <translation>每小时（最近 48 小时）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day (last 31 days)</source>
        <translation>每天（最近 31 天）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month (last 12 months)</source>
        <translation>每月（最近 12 个月）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows (or the whole table) for a spreadsheet</source>
        <translation>复制选中的行（或整个表格），可粘贴到电子表格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the table as a CSV file</source>
        <translation>将表格保存为 CSV 文件</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <location filename="../src/app/yamldocument.cpp" line="+58"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
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
        <translation>%1：OK（%2 个数据源）
</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No usable display (%1): starting headless mode instead.</source>
        <translation>没有可用的显示（%1）：改为以无界面模式启动。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>signal %1: flushing and stopping</source>
        <translation>信号 %1：正在写入缓存并停止</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Built without the GUI: starting headless mode.</source>
        <translation>构建时未包含 GUI：以无界面模式启动。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bandwatch is already running: showing its window.</source>
        <translation>Bandwatch 已在运行：显示其窗口。</translation>
    </message>
</context>
</TS>
