#pragma once

#include <QByteArray>

namespace Bandwatch {

// The OpenAPI 3 description of the exporter's HTTP API, served at
// /api/v1/openapi.json. Tests check that it parses and names every route.
class OpenApiDocument
{
public:
    static QByteArray json();
};

} // namespace Bandwatch
