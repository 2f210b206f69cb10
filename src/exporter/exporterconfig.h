#pragma once

#include "core/confignode.h"
#include "exporter/apikey.h"
#include "exporter/exportertlsconfig.h"
#include "exporter/httplimits.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Bandwatch {

// The `exporter:` section of the configuration file:
//
//   exporter:
//     enabled: true
//     listen: "127.0.0.1:18563"      # "[::1]:18563", "0.0.0.0:18563", "[::]:18563"
//     api_keys:
//       - {name: prometheus, scope: read, key_file: /etc/bandwatch/prometheus.key}
//       - {name: scripts, scope: write, key: "${BANDWATCH_PUSH_KEY}"}
//     tls: {cert_file: ..., key_file: ...}   # or {self_signed: true}
//     limits: {max_body: 64KiB, max_header: 16KiB, max_connections: 128,
//              request_timeout: 10s, idle_timeout: 2m, write_timeout: 30s}
//     stale_after: 1h                 # series silent this long are no longer served
//     auth_failures_per_minute: 10
//     push: {enabled: true, max_metrics: 10000, import_metricnexus_state: /path/state.yaml}
//     metricnexus_compat: false
struct ExporterConfig
{
    bool enabled = false;
    QString listen = QStringLiteral("127.0.0.1:18563");
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 18563;
    QList<ApiKey> keys;
    ExporterTlsConfig tls;
    HttpLimits limits;
    qint64 staleAfterMs = 3'600'000;
    int authFailuresPerMinute = 10;
    bool pushEnabled = true;
    int maxPushMetrics = 10'000;
    QString metricnexusImport;
    bool metricnexusCompat = false;

    // Parses `section` (the value of the `exporter:` key; nullptr = absent).
    // Key files are read and hashed here; relative paths are taken from
    // baseDir (the folder of the configuration file).
    static ExporterConfig parse(const ConfigNode *section, const QString &baseDir, QList<ConfigError> *errors,
                                QList<ConfigError> *warnings);

    // "127.0.0.1:18563", "[::1]:9100", "localhost:18563", "0.0.0.0:18563".
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error);

    bool isLoopbackOnly() const { return address.isLoopback(); }
    // Non-empty when this configuration must not be served: a listener other
    // hosts can reach while no API key protects it.
    QString bindRefusal() const;
    // Same address, port and TLS: the listening socket can stay.
    bool sameListener(const ExporterConfig &other) const
    {
        return address == other.address && port == other.port && tls == other.tls;
    }
};

} // namespace Bandwatch
