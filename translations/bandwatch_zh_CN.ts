<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertsConfig</name>
    <message>
        <location filename="../src/alerts/alertsconfig.cpp" line="+30"/>
        <source>quota &quot;%1&quot; selects source &quot;%2&quot;, which is not configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch</name>
    <message>
        <location filename="../src/app/configloader.cpp" line="+84"/>
        <source>key &quot;%1&quot; appears twice in the same mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/historyconnection.cpp" line="+28"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Qt SQLite driver does not expose its sqlite3 handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/alerts/alertformatter.cpp" line="+22"/>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th-percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in (received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/alerts/alertstore.cpp" line="+24"/>
        <source>alert database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/alerts/notificationconfig.cpp" line="+61"/>
        <source>%1: give either %2 or %2_file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 must be a duration from 100ms to 1d, e.g. 30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="+117"/>
        <source>exporter.api_keys must be a list of {name, scope, key_file} or {name, scope, key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>each API key must be a mapping with name, scope and key_file (or key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API key without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key name &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key &quot;%1&quot;: scope must be read or write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API key &quot;%1&quot; needs exactly one of key (e.g. &quot;${ENV_VAR}&quot;) and key_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>API key &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API key &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key &quot;%1&quot; contains white space, which an Authorization header cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; is shorter than 16 characters; use a long random key (e.g. openssl rand -hex 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; has the same value as another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>exporter.tls must be a mapping: {cert_file, key_file} or {self_signed: true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exporter.tls: give either cert_file and key_file, or self_signed: true, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exporter.tls needs both cert_file and key_file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertFormatter</name>
    <message>
        <location filename="../src/alerts/alertformatter.cpp" line="+29"/>
        <source>%1: %2 of the %3 quota reached (%4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 95th percentile of this cycle will exceed the limit whatever happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bursts above the limit still allowed this cycle: %1 five-minute intervals (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At this pace (%1/day%2): %3 by the end of the cycle (%4 of the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, shaped by the weekday profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projected to exceed the quota on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 (%3) used; %4 days left in the cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 against a limit of %2 (%3); %4 days left in the cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected to exceed the quota before the cycle ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bandwatch quota alert: %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota:       %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:        %1, direction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Series:      %1 (%n series)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold:   %1 of the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used:        %1 of %2 (%3; %4 of %5 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value:       %1 against a limit of %2 (%3; %4 of %5 bit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cycle:       %1 to %2 (%3), %4 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget left: %1 (%2 per day for the rest of the cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projection:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>             %1 expected on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>  ... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fired at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each threshold is reported once per cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertService</name>
    <message>
        <location filename="../src/alerts/alertservice.cpp" line="+85"/>
        <source>alerts need an open history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n alert(s) waiting in the outbox from before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+181"/>
        <source>quota %1: cannot record the alert state: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quota %1: the limit was raised to %2; the %3 % threshold is armed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quota alert: %1 [quota %2; sent to: %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this log only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertStore</name>
    <message>
        <location filename="../src/alerts/alertstore.cpp" line="+41"/>
        <source>cannot create the alert tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthChart</name>
    <message>
        <location filename="../src/gui/bandwidthchart.cpp" line="+176"/>
        <source>Select a source or series to chart it.</source>
        <translation>选择一个数据源或序列以绘制图表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for data from &quot;%1&quot;…</source>
        <translation>正在等待“%1”的数据…</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>In (received)</source>
        <translation>下行（接收）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out (sent)</source>
        <translation>上行（发送）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthQuery</name>
    <message>
        <location filename="../src/exporter/bandwidthquery.cpp" line="+57"/>
        <source>type must be egress, ingress, out or in; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step must be a duration of at least 1s, e.g. 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give either lookback_duration or start and end, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start and end must be RFC 3339 times or Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end must be after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lookback_duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected a duration such as 5m</source>
        <translation type="unfinished">应为时长，例如 30s {5m?}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exceeded maximum resolution of %1 points per series; use a larger step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthVisitor</name>
    <message>
        <location filename="../src/sources/kongbandwidth.cpp" line="+53"/>
        <source>line %1: %2 has %3=&quot;%4&quot;, expected ingress or egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: bandwidth counter value %2 is not a byte count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::BillingCycle</name>
    <message>
        <location filename="../src/core/billingcycle.cpp" line="+203"/>
        <source>unknown time zone &quot;%1&quot;: use an IANA zone id such as &quot;Europe/Berlin&quot;, &quot;UTC&quot; or &quot;local&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>invalid start_day &quot;%1&quot; for a monthly cycle: expected a day of the month from 1 to 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>invalid start_day &quot;%1&quot; for a weekly cycle: expected a weekday (monday..sunday, mon..sun, or 1..7 with 1 = Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown cycle period &quot;%1&quot;: expected monthly, weekly or daily</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConfigLoader</name>
    <message>
        <location filename="../src/app/configloader.cpp" line="+18"/>
        <source>cannot read the configuration file: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the configuration file is larger than 4 MiB</source>
        <translation>配置文件大于 4 MiB</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the top level must be a mapping (storage:, sources:, ...), found %1</source>
        <translation>顶层必须是映射（storage:、sources: 等），实际为 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown top-level key &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知的顶层键“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;storage&quot; must be a mapping with a &quot;path&quot; key</source>
        <translation>“storage”必须是包含“path”键的映射</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>storage.path must be a file path</source>
        <translation>storage.path 必须是文件路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot; under storage</source>
        <translation>storage 下的未知键“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+4"/>
        <source>source &quot;%1&quot; has no &quot;type&quot; (one of: %2)</source>
        <translation>数据源“%1”缺少“type”（可选：%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected a duration such as 30s</source>
        <translation>应为时长，例如 30s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at least 100ms</source>
        <translation>%1 必须至少为 100ms</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>source &quot;%1&quot;: %2</source>
        <translation>数据源“%1”：%2</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../src/exporter/connectionguard.cpp" line="+70"/>
        <source>the request line and headers exceed %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request body exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send the body with a Content-Length, not chunked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed request line or Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the request did not arrive completely within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exporter</name>
    <message>
        <location filename="../src/exporter/exporter.cpp" line="+123"/>
        <source>cannot read the pushed metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterBridge</name>
    <message>
        <location filename="../src/app/exporterbridge.cpp" line="+75"/>
        <location line="+82"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished">%1：%3 {1:%2:?}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>MetricNexus state not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported %1 pushed metric(s) from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MetricNexus metric not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;metrics&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: metric %2 has no usable value; not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterConfig</name>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="+25"/>
        <source>&quot;%1&quot;: write an IPv6 listen address as [address]:port, e.g. [::1]:18563</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not address:port (e.g. 127.0.0.1:18563, or [::1]:18563 for IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: the port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not an IP address (host names other than localhost are not resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to serve the exporter on %1: that address is reachable from other hosts and no API key is configured. Add exporter.api_keys (e.g. - {name: prometheus, scope: read, key_file: /etc/bandwatch/prometheus.key}) or listen on 127.0.0.1:%2 or [::1]:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;exporter&quot; must be a mapping (enabled:, listen:, api_keys:, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>exporter.listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected address:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exporter.limits must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exporter.limits.max_header must be at least 1KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exporter.push must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterRouter</name>
    <message>
        <location filename="../src/exporter/exporterrouter.cpp" line="+163"/>
        <source>no such endpoint; see /api/v1/openapi.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterServer</name>
    <message>
        <location filename="../src/exporter/exporterserver.cpp" line="+55"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+55"/>
        <source>no such endpoint; see /api/v1/openapi.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>method not allowed here; use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>too many failed authentication attempts from %1; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an API key is required: send Authorization: Bearer &lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key &quot;%1&quot; has scope %2; this needs %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::GuardedTcpServer</name>
    <message>
        <location filename="../src/exporter/guardedtcpserver.cpp" line="+81"/>
        <source>too many connections; try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryConnection</name>
    <message>
        <location filename="../src/storage/historyconnection.cpp" line="+13"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot switch %1 to write-ahead logging (journal mode stays &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot configure a reader of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No space left for the history database %1 (disk full or size limit reached). New samples are kept in memory and written once space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the history database %1 failed with an I/O error (%2); retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history database %1 is damaged (%2). Restart Bandwatch to check and repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the history database %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryRepair</name>
    <message>
        <location filename="../src/storage/historyrepair.cpp" line="+153"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in use by a running Bandwatch; stop it before repairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the damaged file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: table of another module recreated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 rows copied, %3 unreadable stretch(es) skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 rows copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rollups rebuilt from the raw samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>repairing %1 failed: %2 (the damaged file is kept as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repaired %1; the damaged file is kept as %2.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistorySchema</name>
    <message>
        <location filename="../src/storage/historyschema.cpp" line="+116"/>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database has schema version %1, written by a newer Bandwatch (this one knows up to %2); upgrade Bandwatch or use another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is an SQLite database that Bandwatch did not create; refusing to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is not a Bandwatch history database (application id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot start schema migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema migration to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryStore</name>
    <message>
        <location filename="../src/storage/historystore.cpp" line="+40"/>
        <source>the history store is already open on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history database %1 is in use by another Bandwatch instance (%2, process %3 on %4). Stop that instance or configure a different database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the lock file %1.lock; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>the history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryWriter</name>
    <message>
        <location filename="../src/storage/historywriter.cpp" line="+93"/>
        <source>the history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>The history database was closed while it could not be written; %n sample(s) were lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history database %1 is damaged: %2. Bandwatch has not changed it. Repair it with `bandwatch --repair-history` (HistoryStore::repair), which keeps the damaged file next to it and copies every readable row into a new one, or move the file away to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>Cannot prepare the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot read the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+148"/>
        <source>%n sample(s) were not stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The history database cannot be written; %n older sample(s) were dropped to bound memory.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the write function threw an exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::HttpFetch</name>
    <message>
        <location filename="../src/sources/httpfetch.cpp" line="+144"/>
        <source>invalid URL %1 (expected http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>response from %1 announces %2 bytes, more than the limit of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>response from %1 is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no complete answer from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>TLS failure with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>cannot fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>response from %1 was cut off after %2 bytes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>response from %1 has %2 bytes where Content-Length announced %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::InterfacesSource</name>
    <message>
        <location filename="../src/sources/interfacessource.cpp" line="+51"/>
        <source>unknown option &quot;%1&quot; for an interfaces source (known: %2)</source>
        <translation>interfaces 数据源不支持选项“%1”（可用：%2）</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+6"/>
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
</context>
<context>
    <name>Bandwatch::JsonApi</name>
    <message>
        <location filename="../src/exporter/jsonapi.cpp" line="+54"/>
        <source>the history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 series x %2 buckets is too much for one response; narrow the filters or use a larger step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+7"/>
        <source>no quota named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::KongSource</name>
    <message>
        <location filename="../src/sources/kongsource.cpp" line="+75"/>
        <source>Kong serves no kong_bandwidth_bytes metrics: enable bandwidth_metrics=true in the Prometheus plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown option &quot;%1&quot; for a kong source (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a kong source needs url: (one node&apos;s /metrics) or urls: (a list of nodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give either url: or urls:, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: needs username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: must be an HTTP header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: names the header for token:, which is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep_labels: &quot;%1&quot; is not one of consumer, workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>max_body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation type="unfinished">max_gap_intervals 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::MainWindow</name>
    <message>
        <source>Alert Outbox</source>
        <translation>告警发件箱</translation>
    </message>
    <message>
        <source>Traffic Table</source>
        <translation>流量表</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+71"/>
        <source>History storage: %1</source>
        <translation>历史存储：%1</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>No data from &quot;%1&quot;: %2</source>
        <translation>没有来自“%1”的数据：%2</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location line="+6"/>
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
    <name>Bandwatch::NotificationConfig</name>
    <message>
        <location filename="../src/alerts/notificationconfig.cpp" line="+15"/>
        <source>&quot;notifications&quot; must be a mapping with email:, webhook: or retry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown key &quot;%1&quot; under notifications (expected email, webhook, retry, check_interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a mapping such as {url: &quot;smtp://mail.example.com:587&quot;, from: ops@example.com, to: [noc@example.com]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+119"/>
        <source>%1: unknown key &quot;%2&quot; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-110"/>
        <source>%1 needs a url such as &quot;smtp://mail.example.com:587&quot; or &quot;smtps://mail.example.com:465&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: url must be smtp://HOST[:PORT] or smtps://HOST[:PORT], got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: put the user name in username: and the password in password_file:, not in the url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: starttls must be required or optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: starttls has no effect with smtps:// (TLS from the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: with starttls: optional the password and alerts may travel in clear text if the server does not offer STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs a sender address (from: ops@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs at least one recipient (to: [noc@example.com])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: username is set but no password (give password_file: or password: ${ENV_VAR})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+87"/>
        <source>%1: cannot read the CA file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <source>%1: tls_verify must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: certificate verification is off; anyone on the path can read the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: auth names one SASL mechanism such as PLAIN or LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be a mapping such as {url: &quot;https://hooks.example.com/bandwatch&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 needs a url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: url must be http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: alerts will be sent unencrypted over http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: headers must be a mapping of name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: invalid header &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a mapping such as {initial: 30s, max: 1h, give_up_after: 7d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown key &quot;%2&quot; (expected initial, max, give_up_after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 must be a duration of at least 100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: max must not be shorter than initial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxDispatcher</name>
    <message numerus="yes">
        <location filename="../src/alerts/outboxdispatcher.cpp" line="+125"/>
        <source>gave up after %n attempt(s) over %1 days; last error: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alert %1 (%2, quota %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>alert %1 was delivered but cannot be marked sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alert %1 delivered via %2 (quota %3, %4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>delivery failed without an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot record the failed delivery of alert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alert %1 via %2 (quota %3) abandoned after %4 attempts: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>alert %1 via %2 (quota %3) not delivered (attempt %4): %5; retrying in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxTableModel</name>
    <message>
        <location filename="../src/alerts/outboxtablemodel.cpp" line="+74"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Parser</name>
    <message>
        <location filename="../src/core/expositionparser.cpp" line="+428"/>
        <source>line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the last line has no line break: the body is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing &quot;# EOF&quot; at the end: the body is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>label %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+123"/>
        <source>invalid metric name %1 in %2 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>second HELP line for metric name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid escape sequence in HELP of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected text after the type in TYPE line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown metric type %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TYPE line for %1 comes after its samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second TYPE line for metric name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>label set is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid label name starting with &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &apos;=&apos; after label name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;&quot;&apos; to open the value of label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid escape sequence in the value of label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value of label %1 is not closed (raw line break or truncated line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+272"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-264"/>
        <source>invalid metric name starting with &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <source>sample %1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>invalid character &apos;%1&apos; in metric name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+293"/>
        <source>invalid value %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-282"/>
        <source>invalid timestamp %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+299"/>
        <source>unexpected text after the timestamp of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-285"/>
        <source>histogram bucket %1 needs a numeric &quot;le&quot; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>summary sample %1 needs a numeric &quot;quantile&quot; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>histogram %1 has no +Inf bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the count of histogram %1 does not match its +Inf bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has _sum without _count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gauge histogram %1 has _gsum without _gcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has a count without a sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has negative buckets and a _sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gauge histogram %1 has a negative _gsum but no negative bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>metric name %1 clashes with an earlier family (family from line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit %1 is not the suffix of metric name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 metrics cannot have a unit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>text after &quot;# EOF&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>invalid metadata line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown metadata keyword %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+208"/>
        <source>invalid metric name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-205"/>
        <source>metadata for %1 after its samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>second HELP for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second TYPE for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid metric type %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>second UNIT for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid exemplar label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected =&quot; after label name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the value of label %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>invalid metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a space before the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trailing space after the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid timestamp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>malformed exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exemplar labels are longer than 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exemplar without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid exemplar value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid exemplar timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>stateset sample lacks the label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid or missing &quot;le&quot; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the +Inf bucket must be written &quot;+Inf&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bucket values must be integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count values must be integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid or missing &quot;quantile&quot; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>samples of one metric are not together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some samples of one metric have timestamps and some do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timestamps go backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>stateset values must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>info values must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantile values cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>counter-like samples cannot be NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counter-like samples cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only histogram buckets and counter totals can have exemplars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>histogram buckets are out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram bucket values decrease</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::PrometheusResponse</name>
    <message>
        <location filename="../src/sources/prometheusresponse.cpp" line="+89"/>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no &quot;status&quot;:&quot;success&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the answer&apos;s result is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a matrix series has no &quot;values&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the query returns a string, not numbers: use an expression that yields a vector or a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown result type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer has a point that is not [time, &quot;value&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::PrometheusSource</name>
    <message>
        <location filename="../src/sources/prometheussource.cpp" line="+119"/>
        <source>unknown option &quot;%1&quot; for a prometheus source (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a prometheus source needs url: (the server, e.g. http://prometheus:9090)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a prometheus source needs query: (a PromQL expression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value: &quot;%1&quot; is not one of bytes_per_second, bits_per_second, counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mode: &quot;%1&quot; is not one of range, instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>direction: must be in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction_label: must name a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step: must be at least 1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max_points: must be a whole number from 2 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>max_body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: needs username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>header: names the header for token:, which is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>Prometheus at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a series has %1=&quot;%2&quot;, which is neither in/ingress/rx nor out/egress/tx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushApi</name>
    <message>
        <location filename="../src/exporter/pushapi.cpp" line="+72"/>
        <source>the change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the body is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;value&quot; must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>type must be gauge or counter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>use PUT for /%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>the body must be a finite number, e.g. 2.5; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>unknown operation &quot;%1&quot; (inc, dec, add, sub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>use GET, POST, PUT or DELETE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushMetricName</name>
    <message>
        <location filename="../src/exporter/pushmetricname.cpp" line="+86"/>
        <source>&quot;%1&quot; has no letters or digits to make a metric name from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric names are limited to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>names starting with bandwatch_ are reserved for Bandwatch&apos;s own metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; (as %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a gauge must not end in %1 (that suffix means a counter, histogram or summary); create it with type=counter or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the _bucket suffix is reserved for histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a metric name should not contain its type (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abbreviated units (&quot;%1&quot;) are not allowed; spell out the base unit, e.g. _seconds or _bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use a base unit (seconds, bytes, meters, ...) instead of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushMetricStore</name>
    <message>
        <location filename="../src/exporter/pushmetricstore.cpp" line="+143"/>
        <source>descriptions are limited to 1024 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists as a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a counter cannot go down (%1 is at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the push store is full (%1 metrics; exporter.push.max_metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a counter cannot start below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+27"/>
        <source>no pushed metric &quot;%1&quot;; create it with POST first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>the value must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a counter at %2 and cannot be set lower; DELETE and re-create it to reset it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the body must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>no pushed metric &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaConfig</name>
    <message>
        <location filename="../src/alerts/quotaconfig.cpp" line="+41"/>
        <source>&quot;quotas&quot; must be a list of quotas (each starting with &quot;- id: ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>each quota must be a mapping with at least &quot;id&quot;, &quot;series&quot; and &quot;limit&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>quota without &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quota id &quot;%1&quot; may only contain letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quota &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown key &quot;%2&quot; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no &quot;series&quot; (e.g. series: {source: kong, labels: {service: api}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: direction must be in, out or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: kind must be volume, bandwidth or p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no &quot;limit&quot; (e.g. 2TB for a volume quota, 500Mbit/s for bandwidth and p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the limit of a volume quota is a byte count such as 2TB: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>%1: the limit must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: the limit of a %2 quota is a bit rate such as 500Mbit/s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: hysteresis is a number of percentage points from 0 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;window&quot; applies to bandwidth quotas only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;statistic&quot; applies to bandwidth quotas only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: window must be a multiple of 5 minutes (5m, 15m, 1h, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: statistic must be peak or average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>quota &quot;%1&quot;: series must be a mapping such as {source: kong, labels: {service: api}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>quota &quot;%1&quot;: series.%2 must be a name or a glob pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quota &quot;%1&quot;: series.labels must be a mapping such as {service: api}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quota &quot;%1&quot;: label &quot;%2&quot; must have a single value or glob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota &quot;%1&quot;: unknown key &quot;%2&quot; under series (expected source, name, labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quota &quot;%1&quot;: series needs a &quot;source&quot; (a source id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quota &quot;%1&quot;: unknown key &quot;%2&quot; under cycle (expected period, start_day, timezone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>quota &quot;%1&quot;: cycle must be a mapping such as {period: monthly, start_day: 15, timezone: Asia/Taipei}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>quota &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>quota &quot;%1&quot;: a threshold is a percentage of the limit greater than 0 and at most 1000, e.g. [80, 90, 100]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quota &quot;%1&quot;: thresholds must be a non-empty list such as [80, 90, 100]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Reader</name>
    <message>
        <location filename="../src/core/vnstatparser.cpp" line="+43"/>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the entry has neither a timestamp nor a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hour entry has id %1, expected 0 to 23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry has no valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the entry has no valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the entry ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; (its name) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interface &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;traffic&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;traffic.total&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 entry %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="-282"/>
        <source>%1%2 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%2 must be a whole number of at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>%1%2: %3</source>
        <translation type="unfinished">%1：%3 {1%2:?}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expected a size such as 64KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a duration of at least 100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key &quot;%1&quot; under %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Secrets</name>
    <message>
        <location filename="../src/core/secrets.cpp" line="+32"/>
        <source>unterminated ${ in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty variable name ${} in a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>secret file %1 is readable by other users; run chmod 600 on it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SelfSignedCertificate</name>
    <message>
        <location filename="../src/exporter/selfsignedcertificate.cpp" line="+38"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exporter.tls.self_signed needs the openssl command to create a certificate; install openssl or give tls.cert_file and tls.key_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>openssl could not create a self-signed certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot store the certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no unencrypted PEM private key (EC, RSA or DSA)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SmtpClient</name>
    <message>
        <location filename="../src/alerts/smtpclient.cpp" line="+92"/>
        <source>cannot initialise libcurl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>interrupted by shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the server rejected the login of user &quot;%1&quot;: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not offer STARTTLS, and starttls is required: nothing was sent (set starttls: optional only if clear text is acceptable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s TLS certificate is not trusted (%1); if your own CA signed it, set ca_file to that CA&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot use the CA file &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot resolve the host name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot connect to %1 (%2); is the server running and the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 in time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e-mail via %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (last server reply: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
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
        <location line="+5"/>
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
    <name>Bandwatch::TrayIcon</name>
    <message>
        <location filename="../src/gui/trayicon.cpp" line="+61"/>
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
        <location line="+11"/>
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
</context>
<context>
    <name>Bandwatch::TrayNotifier</name>
    <message>
        <location filename="../src/gui/traynotifier.cpp" line="+56"/>
        <source>Bandwatch quota alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Units</name>
    <message>
        <location filename="../src/core/units.cpp" line="+103"/>
        <source>accepted units: B, kB (or KB), MB, GB, TB (powers of 1000), KiB, MiB, GiB, TiB (powers of 1024); a bare number is bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepted units: bit/s, kbit/s, Mbit/s, Gbit/s, Tbit/s (also written bps, kbps, Mbps, Gbps, Tbps or kb/s, Mb/s, Gb/s, Tb/s; K and k both mean kilo), Kibit/s, Mibit/s, Gibit/s, Tibit/s, and byte rates B/s, kB/s, MB/s, GB/s, TB/s, KiB/s, MiB/s, GiB/s, TiB/s (converted to bit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accepted: a number followed by ms, s, m, h, d or w, several such parts from the largest unit to the smallest (&quot;1h30m&quot;), or a bare number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a valid %2: %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>byte size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <location line="+37"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+51"/>
        <source>it does not start with a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+55"/>
        <location line="+70"/>
        <source>unknown unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-118"/>
        <source>it is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the unit is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <source>the number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a non-negative number at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a number without a unit can only stand alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the unit %1 is repeated or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatCommand</name>
    <message>
        <location filename="../src/sources/vnstatcommand.cpp" line="+87"/>
        <source>vnstat printed more than %1; stopped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the vnstat command &quot;%1&quot; was not found (install the vnstat package, or set command: to its full path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot run &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vnstat crashed or was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat crashed or was killed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vnstat did not finish within %1 and was stopped (command_timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vnstat does not know the interface &quot;%1&quot; (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vnstat cannot read its database (exit code %1; check dbdir/config and that vnstatd created it): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vnstat cannot read its configuration (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat failed with exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterSource</name>
    <message>
        <location filename="../src/sources/vnstatexportersource.cpp" line="+52"/>
        <source>cannot read url_file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no url configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+55"/>
        <source>url is not an http:// or https:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown option &quot;%1&quot; for a vnstat-exporter source (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give either url or url_file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url is required: the exporter&apos;s address including its secret path, e.g. http://host:50000/webhook/secret-... (or url_file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>url has no path: the exporter serves its totals on its secret path, e.g. /webhook/secret-...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check_health must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>series must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation type="unfinished">max_gap_intervals 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>health check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the exporter at %1 reports itself unhealthy (status &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (is the secret path in url right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer of %1 is not a vnstat exporter&apos;s totals (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterTotals</name>
    <message>
        <location filename="../src/core/vnstatexportertotals.cpp" line="+58"/>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected a JSON object with &quot;start_date&quot;, &quot;in&quot; and &quot;out&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;start_date&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;start_date&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a plausible traffic total in MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatParser</name>
    <message>
        <location filename="../src/core/vnstatparser.cpp" line="+30"/>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a vnstat JSON document (the top level is not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the vnstat API envelope holds no data (error: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not vnstat --json output (no &quot;jsonversion&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is the output of vnstat --live or --traffic (current rates), not of the database (vnstat --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported jsonversion &quot;%1&quot; (Bandwatch reads 1 and 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;interfaces&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interface %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatSource</name>
    <message>
        <location filename="../src/sources/vnstatsource.cpp" line="+96"/>
        <source>unknown option &quot;%1&quot; for a vnstat source (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command_timeout must be at least 100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>vnstat printed something that is not its JSON database dump (%1); the output begins: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>interface &quot;%1&quot; is not in vnstat&apos;s database (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vnstat&apos;s database has no interfaces yet: add one with &quot;vnstat --add -i NAME&quot; and make sure vnstatd is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>vnstat&apos;s data was last written %1 ago (%2 UTC), longer than stale_after (%3): vnstatd is not running, or not monitoring %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatWatermarks</name>
    <message>
        <location filename="../src/sources/vnstatwatermarks.cpp" line="+38"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a vnstat import state file; starting a full import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished">无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Bandwatch::WebhookNotifier</name>
    <message>
        <location filename="../src/alerts/webhooknotifier.cpp" line="+82"/>
        <source>webhook %1 answered HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>webhook %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <location filename="../src/app/collector.cpp" line="+47"/>
        <source>source &quot;%1&quot; has an unknown type &quot;%2&quot;</source>
        <translation>数据源“%1”的类型“%2”未知</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="+27"/>
        <source>Watches bandwidth and traffic quotas of interfaces, CDNs, Kong, Prometheus and vnstat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collect, alert and export with no GUI until SIGTERM/SIGINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll every source, print samples as JSON lines, store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls per source in --dry-run (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate a configuration file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>debug, info, warning or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--polls needs a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--polls only makes sense with --dry-run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigNode</name>
    <message>
        <location filename="../src/core/confignode.cpp" line="+56"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <location filename="../src/app/dryrun.cpp" line="+30"/>
        <source>the configuration has no enabled sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>source %1: poll failed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>source %1 failed on every poll
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSetup</name>
    <message>
        <location filename="../src/app/logsetup.cpp" line="+60"/>
        <source>unknown log level &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
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
        <location line="+9"/>
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
    <name>SourceFactory</name>
    <message>
        <location filename="../src/sources/sourcefactory.cpp" line="+70"/>
        <source>unknown source type &quot;%1&quot; (known types: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRunner</name>
    <message>
        <location filename="../src/app/sourcerunner.cpp" line="+132"/>
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
    <name>YamlDocument</name>
    <message>
        <location filename="../src/app/yamldocument.cpp" line="+56"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/main.cpp" line="+47"/>
        <location line="+42"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: OK (%2 source(s))
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset): starting headless mode instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built without the GUI: starting headless mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrafficTableModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>In (bytes)</source>
        <translation>入站（字节）</translation>
    </message>
    <message>
        <source>Out (bytes)</source>
        <translation>出站（字节）</translation>
    </message>
    <message>
        <source>Total (bytes)</source>
        <translation>合计（字节）</translation>
    </message>
    <message>
        <source>Peak (bit/s)</source>
        <translation>峰值（bit/s）</translation>
    </message>
    <message>
        <source>95th percentile (bit/s)</source>
        <translation>第 95 百分位（bit/s）</translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrafficTableView</name>
    <message>
        <source>Export Traffic Table</source>
        <translation>导出流量表</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TrafficTableView</name>
    <message>
        <source>&amp;Per:</source>
        <translation>统计周期(&amp;P)：</translation>
    </message>
    <message>
        <source>Hour (last 48 hours)</source>
        <translation>每小时（最近 48 小时）</translation>
    </message>
    <message>
        <source>Day (last 31 days)</source>
        <translation>每天（最近 31 天）</translation>
    </message>
    <message>
        <source>Month (last 12 months)</source>
        <translation>每月（最近 12 个月）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows (or the whole table) for a spreadsheet</source>
        <translation>复制选中的行（或整个表格），可粘贴到电子表格</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file</source>
        <translation>将表格保存为 CSV 文件</translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxView</name>
    <message>
        <source>Only pending and failed deliveries</source>
        <translation>仅显示待发送和发送失败的通知</translation>
    </message>
</context>
</TS>
