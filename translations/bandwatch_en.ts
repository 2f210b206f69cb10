<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertsConfig</name>
    <message>
        <location filename="../src/alerts/alertsconfig.cpp" line="+30"/>
        <source>quota &quot;%1&quot; selects source &quot;%2&quot;, which is not configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <location filename="../ui/apikeydialog.ui" line="+14"/>
        <source>Create API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch</name>
    <message>
        <location filename="../src/app/configloader.cpp" line="+76"/>
        <source>give only one of %1, %1_file and %1_keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must name a keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>key &quot;%1&quot; appears twice in the same mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/historyconnection.cpp" line="+27"/>
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
        <location filename="../src/app/configloader.cpp" line="-31"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 must be a duration from 100ms to 1d, e.g. 30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exporter/exporterconfig.cpp" line="+124"/>
        <source>exporter.api_keys must be a list of {name, scope, key_file} or {name, scope, key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>each API key must be a mapping with name, scope and key_file (or key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+9"/>
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
        <source>API key &quot;%1&quot; is written inline; prefer key: &quot;${ENV_VAR}&quot; or key_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; contains white space, which an Authorization header cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key &quot;%1&quot; is shorter than 16 characters; use a long random key (e.g. openssl rand -hex 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key &quot;%1&quot; has the same value as another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exporter.tls must be a mapping: {cert_file, key_file} or {self_signed: true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>exporter.tls: give either cert_file and key_file, or self_signed: true, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exporter.tls needs both cert_file and key_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/configeditor.cpp" line="+35"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/keychain.cpp" line="+49"/>
        <source>keychain error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/akamaireportresponse.cpp" line="+28"/>
        <source>Akamai error %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (next request allowed at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnresponse.cpp" line="+20"/>
        <source>Alibaba Cloud error %1: %2 (RequestId %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alibaba Cloud: the response has no valid DataInterval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alibaba Cloud: invalid data point (TimeStamp &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/sources/cdn/cloudwatchmetricdataresponse.cpp" line="+109"/>
        <source>AWS error %1: %2 (RequestId %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::AkamaiReportResponse</name>
    <message>
        <location filename="../src/sources/cdn/akamaireportresponse.cpp" line="+38"/>
        <source>Akamai: the response has no data list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Akamai: the report was cut at its row limit (hasMoreRows); shorten lookback or use fewer hostnames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Akamai: a row has no hostname or no valid edgeBytesSum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akamai: a row of %1 has no valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akamai: rows without a time dimension need metadata start and end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertFormatter</name>
    <message>
        <location filename="../src/alerts/alertformatter.cpp" line="+30"/>
        <source>%1: projected to exceed the %2 quota%3 (%4 of %5 used, %6 expected by the end of the cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+8"/>
        <source>Bandwatch quota warning: projected to exceed the limit before the cycle ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>
            <numerusform>Series:      %1 (%n series)</numerusform>
            <numerusform>Series:      %1 (%n series)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning:     a projection, not a crossing: at this pace the limit is exceeded on %1, %2 expected by the end of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>
            <numerusform>  ... and %n more</numerusform>
            <numerusform>  ... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fired at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This warning is sent at most once per cycle; the thresholds are still reported when they are reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each threshold is reported once per cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::AlertService</name>
    <message>
        <location filename="../src/alerts/alertservice.cpp" line="+101"/>
        <source>alerts need an open history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n alert(s) waiting in the outbox from before</source>
        <translation>
            <numerusform>%n alert waiting in the outbox from before</numerusform>
            <numerusform>%n alerts waiting in the outbox from before</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>alert notifications paused until %1; alerts are kept in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>alert notifications resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not sent: notifications were paused and a later alert for the same threshold replaced it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent: notifications were paused and the threshold was armed again (the limit was raised) before they resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alert %1 (%2, quota %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>quota %1: cannot record the alert state: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quota %1: the limit was raised to %2; the &quot;projected to exceed&quot; warning is armed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quota %1: the limit was raised to %2; the %3 % threshold is armed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>Bandwatch::AliyunCdnResponse</name>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnresponse.cpp" line="+29"/>
        <location line="+60"/>
        <source>Alibaba Cloud: the response has neither TrafficDataPerInterval nor BpsDataPerInterval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Alibaba Cloud: the response is not valid XML (%1 at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::AliyunCdnSource</name>
    <message>
        <location filename="../src/sources/cdn/aliyuncdnsource.cpp" line="+41"/>
        <source>lookback: Alibaba Cloud answers 5-minute data for at most 3d per query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ApiKeyDialog</name>
    <message>
        <location filename="../src/gui/apikeydialog.cpp" line="+16"/>
        <source>read: /metrics and the JSON API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write: also the push API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A key named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the client that will use the key, e.g. prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ApiKeyListModel</name>
    <message>
        <location filename="../src/gui/apikeylistmodel.cpp" line="+65"/>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inline in the configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthChart</name>
    <message>
        <location filename="../src/gui/bandwidthchart.cpp" line="+285"/>
        <source>Select a source or series to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stored data for &quot;%1&quot; in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for data from &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+163"/>
        <source>In (received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthQuery</name>
    <message>
        <location filename="../src/exporter/bandwidthquery.cpp" line="+58"/>
        <source>type must be egress, ingress, out or in; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step must be a duration of at least 1s, e.g. 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+8"/>
        <source>lookback_duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expected a duration such as 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exceeded maximum resolution of %1 points per series; use a larger step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::BandwidthVisitor</name>
    <message>
        <location filename="../src/sources/kongbandwidth.cpp" line="+62"/>
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
    <name>Bandwatch::CdnSource</name>
    <message>
        <location filename="../src/sources/cdn/cdnsource.cpp" line="+64"/>
        <source>unknown option &quot;%1&quot; for a %2 source (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 source needs %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>endpoint: &quot;%1&quot; is not an http:// or https:// URL without user info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between 0s and 31d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>max_body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be more than 0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the provider kept answering with another page (more than %1); shorten lookback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::CdnetworksFlowResponse</name>
    <message>
        <location filename="../src/sources/cdn/cdnetworksflowresponse.cpp" line="+48"/>
        <source>CDNetworks error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDNetworks: the response has no resultList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CDNetworks: a result has no domain (was groupBy [domain] asked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CDNetworks: the result for %1 has no %2 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CDNetworks: invalid data point (timestamp &quot;%1&quot;) for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::CdnetworksSource</name>
    <message>
        <location filename="../src/sources/cdn/cdnetworkssource.cpp" line="+87"/>
        <source>a cdnetworks source needs either username: and api_key: or access_key: and secret_key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>username: and api_key: go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access_key: and secret_key: go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data_interval must be 1m, 5m, 1h or 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocols may list http and https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lookback: CDNetworks answers at most 7d per query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ChartMenu</name>
    <message>
        <location filename="../src/gui/chartmenu.cpp" line="+55"/>
        <source>Bits per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal prefixes (k = 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binary prefixes (Ki = 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ChartView</name>
    <message>
        <location filename="../src/gui/chartview.cpp" line="+90"/>
        <source>In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudFrontSource</name>
    <message>
        <location filename="../src/sources/cdn/cloudfrontsource.cpp" line="+63"/>
        <source>distribution_id: &quot;%1&quot; is not a CloudFront distribution ID (like E1ABCDEF23456, not the d111111abcdef8.cloudfront.net domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>distribution_id: at most %1 distributions per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>period must be 60 or 300 (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lookback: CloudWatch keeps 1-minute data for 15d; use period: 300 to reach further back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delay must be between 0s and 24h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudWatchMetricDataResponse</name>
    <message>
        <location filename="../src/sources/cdn/cloudwatchmetricdataresponse.cpp" line="+13"/>
        <location line="+32"/>
        <source>CloudWatch: the response is not valid XML (%1 at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>CloudWatch: &lt;%1&gt; is not a GetMetricData response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CloudWatch: a result for query &quot;%1&quot;, which was not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CloudWatch: query %1 (%2) answered %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudWatch: query %1 (%2) answered %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CloudWatch: query %1 has %2 timestamps but %3 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CloudWatch: invalid data point (Timestamp &quot;%1&quot;, Value &quot;%2&quot;) for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudflareResponse</name>
    <message>
        <location filename="../src/sources/cdn/cloudflareresponse.cpp" line="+53"/>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare GraphQL error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare: the response has no data.viewer.zones list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloudflare: no zone with this zone_id is visible to the API token (needs the Analytics:Read permission on the zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloudflare: the zone has no httpRequestsAdaptiveGroups list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloudflare: the answer hit the limit of %1 rows, so some traffic is missing; list the hosts in domains: or shorten lookback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cloudflare: a group has no valid time dimension (datetimeMinute, datetimeFiveMinutes, datetimeFifteenMinutes or datetimeHour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloudflare: a group at %1 has no valid sum.edgeResponseBytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::CloudflareSource</name>
    <message>
        <location filename="../src/sources/cdn/cloudflaresource.cpp" line="+41"/>
        <source>zone_id: &quot;%1&quot; is not a Cloudflare zone ID (32 hex digits, shown on the zone&apos;s Overview page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Collector</name>
    <message>
        <location filename="../src/app/collector.cpp" line="+112"/>
        <source>the last samples could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new retention policy was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConfigEditor</name>
    <message>
        <location filename="../src/app/configeditor.cpp" line="+57"/>
        <source>%1: the configuration must be a mapping of sections (storage:, sources:, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+185"/>
        <source>cannot locate %1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+85"/>
        <source>no item %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the configuration has no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was changed by another program since it was opened; reload it and make the change again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConfigLoader</name>
    <message>
        <location filename="../src/app/configloader.cpp" line="+52"/>
        <source>cannot read the configuration file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the configuration file is larger than 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the top level must be a mapping (storage:, sources:, ...), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown top-level key &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no enabled sources: nothing will be collected (the exporter and its push API still run if enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;storage&quot; must be a mapping with a &quot;path&quot; key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>storage.path must be a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; under storage (expected path, retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storage.retention must be a mapping such as {raw: 48h, hour: 731d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key &quot;%1&quot; under storage.retention (expected raw, minute, five_minute, hour, day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>storage.retention.%1 must be a duration of at least 1h, or &quot;forever&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;sources&quot; must be a list of sources (each starting with &quot;- id: ...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>each source must be a mapping with at least &quot;id&quot; and &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source without &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source id &quot;%1&quot; may only contain letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source &quot;%1&quot; has no &quot;type&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a duration such as 30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be at least 100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>source &quot;%1&quot;: give %2 or %3, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>source &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source &quot;%1&quot;: %2 is written inline; prefer ${ENV_VAR} or %2_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ConnectionGuard</name>
    <message>
        <location filename="../src/exporter/connectionguard.cpp" line="+69"/>
        <source>the request line and headers exceed %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+28"/>
        <source>the request did not arrive completely within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::CycleUsageChart</name>
    <message>
        <location filename="../src/gui/cycleusagechart.cpp" line="+79"/>
        <source>Select a source or series to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No volume quota covers &quot;%1&quot;. Quotas are set in the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle usage needs the history database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No traffic stored in this cycle yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::DisplayProbe</name>
    <message>
        <location filename="../src/app/displayprobe.cpp" line="+101"/>
        <source>DISPLAY=%1 is not a display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no X server answers on DISPLAY=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no Wayland compositor answers on WAYLAND_DISPLAY=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a Wayland session, but Qt&apos;s Wayland plugin (package qt6-wayland) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DISPLAY and WAYLAND_DISPLAY are unset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exporter</name>
    <message>
        <location filename="../src/exporter/exporter.cpp" line="+129"/>
        <source>cannot read the pushed metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::ExporterBridge</name>
    <message>
        <location filename="../src/app/exporterbridge.cpp" line="+76"/>
        <location line="+82"/>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../src/exporter/exporterconfig.cpp" line="+26"/>
        <source>&quot;%1&quot;: write an IPv6 listen address as [address]:port, e.g. [::1]:18563</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not address:port (e.g. 127.0.0.1:18563, or [::1]:18563 for IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: the port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not an IP address (host names other than localhost are not resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to serve the exporter on %1: that address is reachable from other hosts and no API key is configured. Add exporter.api_keys (e.g. - {name: prometheus, scope: read, key_file: /etc/bandwatch/prometheus.key}) or listen on 127.0.0.1:%2 or [::1]:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;exporter&quot; must be a mapping (enabled:, listen:, api_keys:, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>Bandwatch::ExporterPage</name>
    <message>
        <location filename="../src/gui/exporterpage.cpp" line="+97"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The key could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the key &quot;%1&quot;? Clients using it will be refused.

Also delete its file %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Metrics: %1/metrics
API description: %1/api/v1/openapi.json
Health: %1/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a copy of the generated cert.pem</source>
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
        <location filename="../src/exporter/exporterserver.cpp" line="+67"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+60"/>
        <source>no such endpoint; see /api/v1/openapi.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>method not allowed here; use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>too many failed authentication attempts from %1; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an API key is required: send Authorization: Bearer &lt;key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the key &quot;%1&quot; has scope %2; this needs %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exposition::ExpositionReader</name>
    <message>
        <location filename="../src/core/expositionreader.cpp" line="+26"/>
        <source>line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>label %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Exposition::OpenMetricsReader</name>
    <message>
        <location filename="../src/core/openmetricsreader.cpp" line="+65"/>
        <source>missing &quot;# EOF&quot; at the end: the body is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+12"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>invalid metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a space before the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid value %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>trailing space after the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid timestamp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected text after the timestamp of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>Bandwatch::Exposition::TextExpositionReader</name>
    <message>
        <location filename="../src/core/textexpositionreader.cpp" line="+21"/>
        <source>the last line has no line break: the body is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
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
        <source>expected &apos;,&apos; or &apos;}&apos; after the value of label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>invalid value %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid timestamp %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after the timestamp of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>histogram bucket %1 needs a numeric &quot;le&quot; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>summary sample %1 needs a numeric &quot;quantile&quot; label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::FastlySource</name>
    <message>
        <location filename="../src/sources/cdn/fastlysource.cpp" line="+28"/>
        <source>service_id: &quot;%1&quot; is not a Fastly service ID (letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::FastlyStatsResponse</name>
    <message>
        <location filename="../src/sources/cdn/fastlystatsresponse.cpp" line="+43"/>
        <source>Fastly error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fastly: unknown meta.by &quot;%1&quot; (expected minute, hour or day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fastly: data is not a list of buckets (is this a /stats/service/&lt;id&gt; response?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fastly: a bucket has no valid start_time or bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::GuardedTcpServer</name>
    <message>
        <location filename="../src/exporter/guardedtcpserver.cpp" line="+83"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot switch %1 to write-ahead logging (journal mode stays &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot configure a reader of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No space left for the history database %1 (disk full or size limit reached). New samples are kept in memory and written once space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the history database %1 failed with an I/O error (%2); retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../src/storage/historyrepair.cpp" line="+159"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+10"/>
        <source>the damaged file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: table of another module recreated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: writing failed after %2 rows</source>
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
        <location line="+11"/>
        <source>rollups rebuilt from the raw samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the new file holds none of these rows: its transaction was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>repairing %1 failed: %2 (the damaged file is kept as %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repaired %1; the damaged file is kept as %2.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistorySchema</name>
    <message>
        <location filename="../src/storage/historyschema.cpp" line="+223"/>
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
        <location filename="../src/storage/historystore.cpp" line="+39"/>
        <source>the history store is already open on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history database %1 is in use by another Bandwatch instance (%2, process %3 on %4). Stop that instance or configure a different database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the lock file %1.lock; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+10"/>
        <location line="+15"/>
        <source>the history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::HistoryWriter</name>
    <message>
        <location filename="../src/storage/historywriter.cpp" line="+90"/>
        <source>the history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>The history database was closed while it could not be written; %n sample(s) were lost.</source>
        <translation>
            <numerusform>The history database was closed while it could not be written; %n sample were lost.</numerusform>
            <numerusform>The history database was closed while it could not be written; %n samples were lost.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the history database was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history database %1 is damaged: %2. Bandwatch has not changed it. Repair it with `bandwatch --repair-history --config &lt;file&gt;`, which keeps the damaged file next to it and copies every readable row into a new one, or move the file away to start a new history.</source>
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
        <location line="+172"/>
        <source>%n sample(s) were not stored.</source>
        <translation>
            <numerusform>%n sample were not stored.</numerusform>
            <numerusform>%n samples were not stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The history database cannot be written; %n older sample(s) were dropped to bound memory.</source>
        <translation>
            <numerusform>The history database cannot be written; %n older sample were dropped to bound memory.</numerusform>
            <numerusform>The history database cannot be written; %n older samples were dropped to bound memory.</numerusform>
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
        <location filename="../src/sources/httpfetch.cpp" line="+148"/>
        <source>invalid URL %1 (expected http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location filename="../src/sources/interfacessource.cpp" line="+60"/>
        <source>unknown option &quot;%1&quot; for an interfaces source (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>counter_bits must be 32 or 64, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a /proc/net/dev table (header missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1 of /proc/net/dev has no interface name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1 of /proc/net/dev has %2 counters, expected 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1 of /proc/net/dev has a counter that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no interface matches include [%1] and exclude [%2]; this machine has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::JsonApi</name>
    <message>
        <location filename="../src/exporter/jsonapi.cpp" line="+53"/>
        <source>the history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 series x %2 buckets is too much for one response; narrow the filters or use a larger step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+7"/>
        <source>no quota named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Keychain</name>
    <message>
        <location filename="../src/app/keychain.cpp" line="+35"/>
        <location line="+58"/>
        <source>no keychain: there is no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+27"/>
        <location line="+30"/>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>cannot store &quot;%1&quot; in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <location line="+26"/>
        <source>this Bandwatch was built without keychain support (QtKeychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>no keychain: there is no D-Bus session bus (headless mode needs &lt;key&gt;_file or ${ENV})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain has no entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot remove &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::KongSource</name>
    <message>
        <location filename="../src/sources/kongsource.cpp" line="+61"/>
        <source>ca_file: cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kong serves no kong_bandwidth_bytes metrics: enable bandwidth_metrics=true in the Prometheus plugin (or no traffic has passed through Kong since it started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+13"/>
        <source>max_gap_intervals must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not the /metrics of Kong&apos;s Prometheus plugin (no kong_ metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has served no kong_bandwidth_bytes in %2 polls while other nodes do: enable bandwidth_metrics=true on it (or no traffic has passed through it since it started)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::LanguageMenu</name>
    <message>
        <location filename="../src/gui/languagemenu.cpp" line="+79"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+175"/>
        <location line="+309"/>
        <source>Alert Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-400"/>
        <source>History storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+320"/>
        <source>Traffic Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+289"/>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-241"/>
        <source>No data from &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No source selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — all series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now %1 · average %2 · peak %3 · %4 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sources configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n source(s) failing</source>
        <translation>
            <numerusform>%1 of %n source failing</numerusform>
            <numerusform>%1 of %n sources failing</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n source(s) waiting for the first poll</source>
        <translation>
            <numerusform>%1 of %n source waiting for the first poll</numerusform>
            <numerusform>%1 of %n sources waiting for the first poll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s), all OK</source>
        <translation>
            <numerusform>%n source, all OK</numerusform>
            <numerusform>%n sources, all OK</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sample %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sources could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration in %1 was not applied:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configuration reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Bandwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bandwatch %1&lt;/h3&gt;&lt;p&gt;Bandwidth and traffic-quota monitor.&lt;/p&gt;&lt;p&gt;Configuration: %2&lt;br&gt;History: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::NewKeyDialog</name>
    <message>
        <location filename="../src/gui/newkeydialog.cpp" line="+18"/>
        <source>The API key &quot;%1&quot; was created and written to %2 (readable only by you). Give it to the client as &quot;Authorization: Bearer &lt;key&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
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
        <location line="+11"/>
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
    <name>Bandwatch::NotificationsPage</name>
    <message>
        <location filename="../src/gui/notificationspage.cpp" line="+81"/>
        <source>Required (refuse to send in clear text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional (clear text if the server has no STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stored in %1. Type a new password to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Taken from the environment (%1). A password typed here is stored in a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored in a file only you can read, next to the configuration; never in the configuration file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::OutboxDispatcher</name>
    <message numerus="yes">
        <location filename="../src/alerts/outboxdispatcher.cpp" line="+139"/>
        <source>gave up after %n attempt(s) over %1 days; last error: %2</source>
        <translation>
            <numerusform>gave up after %n attempt over %1 days; last error: %2</numerusform>
            <numerusform>gave up after %n attempts over %1 days; last error: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>alert %1 (%2, quota %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>gave up after %1 days: the %2 channel was not available in that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>alert %1 was delivered but cannot be marked sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>projected to exceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1 delivered via %2 (quota %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../src/alerts/outboxtablemodel.cpp" line="+72"/>
        <source>projected to exceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation type="unfinished"></translation>
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
    <name>Bandwatch::OutboxView</name>
    <message>
        <location filename="../src/gui/outboxview.cpp" line="+18"/>
        <location line="+24"/>
        <source>Only pending and failed deliveries</source>
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
        <location filename="../src/sources/prometheussource.cpp" line="+94"/>
        <source>ca_file: cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+9"/>
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
        <location line="+161"/>
        <location line="+9"/>
        <location line="+14"/>
        <source>Prometheus at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushApi</name>
    <message>
        <location filename="../src/exporter/pushapi.cpp" line="+74"/>
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
        <location line="+18"/>
        <source>use PUT for /%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>the body must be a finite number, e.g. 2.5; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>unknown operation &quot;%1&quot; (inc, dec, add, sub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>use GET, POST, PUT or DELETE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::PushMetricName</name>
    <message>
        <location filename="../src/exporter/pushmetricname.cpp" line="+90"/>
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
        <location line="+7"/>
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
        <location filename="../src/exporter/pushmetricstore.cpp" line="+126"/>
        <source>descriptions are limited to 1024 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists as a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a counter cannot go down (%1 is at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../src/alerts/quotaconfig.cpp" line="+48"/>
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
        <source>%1: &quot;projection_alert&quot; applies to volume quotas only (they have a forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: projection_alert must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>Bandwatch::QuotaDialog</name>
    <message>
        <location filename="../src/gui/quotadialog.cpp" line="+84"/>
        <source>In and out (both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In (received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume per cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth (mean over a window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak window in the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quota %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+181"/>
        <source>another quota already has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. 2TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 500Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starts &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts on &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaLevel</name>
    <message>
        <location filename="../src/gui/quotalevel.cpp" line="+57"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaListModel</name>
    <message>
        <location filename="../src/gui/quotalistmodel.cpp" line="+79"/>
        <source>monthly from day 1, UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daily, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly from %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly from day %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaPanel</name>
    <message>
        <location filename="../src/gui/quotapanel.cpp" line="+88"/>
        <source>No quotas configured. Add a &lt;code&gt;quotas:&lt;/code&gt; section to the configuration file to watch a volume, bandwidth or 95th-percentile limit here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alert notifications are paused until %1; alerts are kept in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotaTableModel</name>
    <message>
        <location filename="../src/gui/quotatablemodel.cpp" line="+100"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
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
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— / %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>will exceed the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n burst interval(s) left</source>
        <translation>
            <numerusform>%n burst interval left</numerusform>
            <numerusform>%n burst intervals left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limit reached; %1 at cycle end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at cycle end; limit on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at cycle end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cycle: %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The forecast starts an hour into the cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burst intervals: 5-minute intervals that may still exceed the limit before the 95th percentile does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used / limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily budget left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::QuotasPage</name>
    <message>
        <location filename="../src/gui/quotaspage.cpp" line="+44"/>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::RangeController</name>
    <message>
        <location filename="../src/gui/rangecontroller.cpp" line="+108"/>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the current billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a range you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the chosen range, following new data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::Reader</name>
    <message>
        <location filename="../src/core/vnstatparser.cpp" line="+42"/>
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
        <location filename="../src/exporter/exporterconfig.cpp" line="-306"/>
        <source>%1%2 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1%2 must be a whole number of at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>%1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>expected a size such as 64KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a duration of at least 100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; under %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SecretStore</name>
    <message>
        <location filename="../src/app/secretstore.cpp" line="+30"/>
        <source>Secrets are stored in the desktop keychain (service &quot;bandwatch&quot;). Headless mode on a server cannot read them: give it &lt;key&gt;_file or ${ENV} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets are stored in files only you can read, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written in the configuration file</source>
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
        <location line="+5"/>
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
        <location line="+7"/>
        <source>exporter.tls.self_signed needs the openssl command to create a certificate; install openssl or give tls.cert_file and tls.key_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>Bandwatch::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="+112"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="+75"/>
        <source>cannot create the instance lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another Bandwatch is running for this configuration but does not answer (lock file %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot listen on the local socket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SmtpClient</name>
    <message>
        <location filename="../src/alerts/smtpclient.cpp" line="+108"/>
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
        <location line="+19"/>
        <source>the server rejected the login of user &quot;%1&quot;: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server offers STARTTLS but refused it with &quot;%1&quot;, and starttls is required: nothing was sent (often a temporary problem on the server&apos;s side)</source>
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
    <name>Bandwatch::SourceDialog</name>
    <message>
        <location filename="../src/gui/sourcedialog.cpp" line="+65"/>
        <source>Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Also in the file, kept as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the source an id (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another source already has the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fix the problems shown above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Polling %1 (timeout %2 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source answered, but reported no series (no traffic, or nothing matched its settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>OK, %n series:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceListModel</name>
    <message>
        <location filename="../src/gui/sourcelistmodel.cpp" line="+96"/>
        <source>Polled while Bandwatch runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the file, not polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>60s (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>URL in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (path hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>include: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exclude: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceOptionsForm</name>
    <message>
        <location filename="../src/gui/sourceoptionsform.cpp" line="+61"/>
        <source>This dialog has no form for the options of this type yet: set them in the configuration file (they are kept as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>type a new value to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New value entered: it is stored in a file only you can read when the settings are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the desktop keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in the configuration file (a new value moves it to a file only you can read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceProbe</name>
    <message>
        <location filename="../src/app/sourceprobe.cpp" line="+46"/>
        <source>unknown source type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>First reading taken; reading again in %1 to measure the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourceTreeModel</name>
    <message>
        <location filename="../src/gui/sourcetreemodel.cpp" line="+309"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/sourcetreetext.cpp" line="+15"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No successful poll yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls: %1, failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::SourcesPage</name>
    <message>
        <location filename="../src/gui/sourcespage.cpp" line="+42"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::TencentCdnResponse</name>
    <message>
        <location filename="../src/sources/cdn/tencentcdnresponse.cpp" line="+42"/>
        <source>Tencent Cloud: the response has no Response object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud error %1: %2 (RequestId %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tencent Cloud: unknown Interval &quot;%1&quot; (expected min, 5min, hour or day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tencent Cloud: the response has no Data list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tencent Cloud: metric &quot;%1&quot; is not traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tencent Cloud: invalid data point (Time &quot;%1&quot;) for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::TencentCdnSource</name>
    <message>
        <location filename="../src/sources/cdn/tencentcdnsource.cpp" line="+45"/>
        <source>domains: DescribeCdnData takes at most 30 domains; split them over two sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>area must be mainland or overseas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::TestMail</name>
    <message>
        <location filename="../src/alerts/testmail.cpp" line="+34"/>
        <source>Test message from Bandwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a test message from the Bandwatch settings on %1, sent %2 via %3.

It arrived, so quota alerts sent by e-mail with these settings will arrive too.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server %1 accepted the test message for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrafficTableModel</name>
    <message>
        <location filename="../src/gui/traffictablemodel.cpp" line="+172"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak (bit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th percentile (bit/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrafficTableView</name>
    <message>
        <location filename="../src/gui/traffictableview.cpp" line="+178"/>
        <source>Export Traffic Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrayIcon</name>
    <message>
        <location filename="../src/gui/trayicon.cpp" line="+82"/>
        <source>Bandwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: waiting for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: in %2, out %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worst quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bandwatch is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps measuring in the background. Click the tray icon to open the window again, or choose Quit from its menu to exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Hide Bandwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show Bandwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Pause alerts for 1 hour (paused until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause alerts for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::TrayNotifier</name>
    <message>
        <location filename="../src/gui/traynotifier.cpp" line="+57"/>
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
        <location filename="../src/sources/vnstatcommand.cpp" line="+83"/>
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
        <location line="+17"/>
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
    <name>Bandwatch::VnstatExporterBaseline</name>
    <message>
        <location filename="../src/sources/vnstatexporterbaseline.cpp" line="+37"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a vnstat-exporter state file; the first poll takes a new baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatExporterSource</name>
    <message>
        <location filename="../src/sources/vnstatexportersource.cpp" line="+62"/>
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
        <location line="+60"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location filename="../src/core/vnstatexportertotals.cpp" line="+57"/>
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
        <location filename="../src/sources/vnstatsource.cpp" line="+88"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command_timeout must be at least 100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>vnstat printed something that is not its JSON database dump (%1); the output begins: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+15"/>
        <source>vnstat&apos;s data was last written %1 ago (%2 UTC), longer than stale_after (%3): vnstatd is not running, or not monitoring %4 (the history it holds is imported all the same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::VnstatWatermarks</name>
    <message>
        <location filename="../src/sources/vnstatwatermarks.cpp" line="+38"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a vnstat import state file; starting a full import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bandwatch::WebhookNotifier</name>
    <message>
        <location filename="../src/alerts/webhooknotifier.cpp" line="+84"/>
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
    <name>CdnJson</name>
    <message>
        <location filename="../src/sources/cdn/cdnjson.cpp" line="+19"/>
        <source>%1: the response is not valid JSON (%2 at byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the response is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartQuotas</name>
    <message>
        <location filename="../src/gui/chartquotas.cpp" line="+95"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <location filename="../src/app/collector.cpp" line="-80"/>
        <source>source &quot;%1&quot; has an unknown type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="+28"/>
        <source>Watches bandwidth and traffic quotas of interfaces, CDNs, Kong, Prometheus and vnstat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+4"/>
        <source>Poll every source, print samples as JSON lines, store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Polls per source in --dry-run (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validate a configuration file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debug, info, warning or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair a damaged history database (the one --config names): keep the damaged file beside it and copy every readable row into a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--polls needs a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--polls only makes sense with --dry-run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigNode</name>
    <message>
        <location filename="../src/core/confignode.cpp" line="+108"/>
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
    <name>CustomRangeDialog</name>
    <message>
        <location filename="../ui/customrangedialog.ui" line="+14"/>
        <source>Custom Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRun</name>
    <message>
        <location filename="../src/app/dryrun.cpp" line="+32"/>
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
        <location line="+6"/>
        <source>source %1: degraded: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>source %1 failed on every poll
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExporterPage</name>
    <message>
        <location filename="../ui/exporterpage.ui" line="+38"/>
        <source>Serve metrics and the JSON API (exporter enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (plain HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate and key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Self-signed (generated on first start, fingerprint logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Create key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;move key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>For Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSetup</name>
    <message>
        <location filename="../src/app/logsetup.cpp" line="+59"/>
        <source>unknown log level &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>Bandwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open Configuration File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the configuration file in the default editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the configuration file again and restart the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the sources, quotas, notifications and exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Bandwatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../ui/newkeydialog.ui" line="+14"/>
        <source>New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This key will not be shown again. Copy it now; Bandwatch keeps only the file it was written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../ui/notificationspage.ui" line="+29"/>
        <source>Send alerts by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>smtp://mail.example.com:587 or smtps://mail.example.com:465</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;STARTTLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verify the server&apos;s certificate and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate verification is off: anyone on the network path can read the password and the alerts. Never use this in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject p&amp;refix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send test &amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Post alerts to a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>one per line, e.g. Authorization: Bearer ${TOKEN}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusSource</name>
    <message>
        <location filename="../src/sources/prometheussamples.cpp" line="+35"/>
        <source>a series has %1=&quot;%2&quot;, which is neither in/ingress/rx nor out/egress/tx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../ui/quotadialog.ui" line="+14"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. cdn-monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, shown in alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Series &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>any (glob, e.g. eth* or api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. service=api, route=*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>L&amp;imit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. 2TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>S&amp;tatistic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Thresholds (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starts &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current cycle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../ui/quotaspage.ui" line="+29"/>
        <source>Each quota covers a selection of series over a billing cycle. An alert is sent once per threshold and cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../src/app/secretfile.cpp" line="+32"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="+14"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../ui/sourcedialog.ui" line="+14"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. kong-eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the interval, at most 30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Enabled (polled while Bandwatch runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll this source once with the values above, without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Press Test Now to poll the source once and see what it reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <location filename="../src/sources/sourcefactory.cpp" line="+89"/>
        <source>unknown source type &quot;%1&quot; (known types: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFields</name>
    <message>
        <location filename="../src/gui/sourcefields.cpp" line="+40"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (basic authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all interfaces, or globs such as eth*, wlan*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glob patterns, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+11"/>
        <source>Max. gap (intervals):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every interface vnstat knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vnstat configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>vnstat&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Database folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check /health first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+12"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The exporter&apos;s address including its secret path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Series name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>URLs (several nodes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instead of URL: node URLs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (aggregated); consumer, workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Query (PromQL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels that name a series, e.g. service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>range mode: max(30s, step); instant: 0s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First poll reaches back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch again (late data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cdn.example.com, img.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zone ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>A token with the Analytics Read permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecretId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>SecretKey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AccessKey ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Distribution IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IAM key allowed cloudwatch:GetMetricData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settling delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an API key; or leave empty and use an AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granularity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRunner</name>
    <message>
        <location filename="../src/app/sourceprobe.cpp" line="-62"/>
        <location filename="../src/app/sourcerunner.cpp" line="+156"/>
        <source>no answer within %1 s (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceState</name>
    <message>
        <location filename="../src/app/sourcestate.cpp" line="+11"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../ui/sourcespage.ui" line="+29"/>
        <source>Where Bandwatch reads traffic from. Each source is polled on its own timer; a disabled source stays in the file but is not polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected source from the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the selected source in the file but stop polling it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupGuard</name>
    <message>
        <location filename="../src/gui/startupguard.cpp" line="+68"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <location line="+32"/>
        <source>Bandwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Bandwatch cannot start: the configuration file has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Configuration File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Bandwatch cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairing renames the damaged file to %1.damaged-&lt;time&gt;, keeps it there, and copies every row that can still be read into a new database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The history database was repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history database could not be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficTableView</name>
    <message>
        <location filename="../ui/traffictableview.ui" line="+34"/>
        <source>&amp;Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hour (last 48 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day (last 31 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows (or the whole table) for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the table as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <location filename="../src/app/yamldocument.cpp" line="+58"/>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/main.cpp" line="+45"/>
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
        <location line="+75"/>
        <source>No usable display (%1): starting headless mode instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>signal %1: flushing and stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Built without the GUI: starting headless mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bandwatch is already running: showing its window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
