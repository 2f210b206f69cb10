#pragma once

#include <QString>

namespace Bandwatch {

// `exporter.tls`: off, a given certificate and key, or a self-signed pair
// that Bandwatch generates once and keeps (0600) in `dir`.
struct ExporterTlsConfig
{
    enum class Mode { Off, Files, SelfSigned };

    Mode mode = Mode::Off;
    QString certFile;
    QString keyFile;
    QString selfSignedDir; // empty: "exporter-tls" next to the history database

    friend bool operator==(const ExporterTlsConfig &, const ExporterTlsConfig &) = default;
};

} // namespace Bandwatch
