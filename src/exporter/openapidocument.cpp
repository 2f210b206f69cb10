#include "exporter/openapidocument.h"

namespace Bandwatch {

namespace {

// Kept as one literal so that the served document is exactly what is reviewed here.
const char kDocument[] = R"JSON({
  "openapi": "3.0.3",
  "info": {
    "title": "Bandwatch exporter",
    "version": "1",
    "description": "Prometheus metrics, bandwidth and quota JSON, source health and pushed metrics of one Bandwatch instance. Every route except /health and this document needs an API key when keys are configured: Authorization: Bearer <key> (or: token <key>). Keys have scope read (GET) or write (everything). Errors are JSON objects {status, error}."
  },
  "servers": [{"url": "/"}],
  "security": [{"bearer": []}],
  "components": {
    "securitySchemes": {
      "bearer": {"type": "http", "scheme": "bearer"}
    },
    "parameters": {
      "name": {"name": "name", "in": "path", "required": true, "schema": {"type": "string"},
               "description": "Metric name; sanitised to a valid Prometheus name (camelCase to snake_case, other characters to _). Counters end in _total (added when missing)."}
    },
    "schemas": {
      "Error": {"type": "object", "required": ["status", "error"],
                "properties": {"status": {"type": "integer"}, "error": {"type": "string"}}},
      "BandwidthRow": {"type": "object", "required": ["time", "type", "service", "route", "bandwidth_used"],
        "properties": {
          "time": {"type": "string", "format": "date-time", "example": "2022-02-17T18:39:00+00:00"},
          "type": {"type": "string", "enum": ["egress", "ingress"]},
          "service": {"type": "string", "description": "The series' service label, or the series name."},
          "route": {"type": "string", "nullable": true},
          "bandwidth_used": {"type": "integer", "nullable": true, "description": "Bytes in the bucket; null when no sample covers it."}}},
      "VnstatUsage": {"type": "object", "required": ["start_date", "in", "out"],
        "properties": {
          "start_date": {"type": "string", "format": "date", "example": "2026-11-01"},
          "in": {"type": "number", "description": "MiB received in the current cycle (two decimals)."},
          "out": {"type": "number", "description": "MiB sent in the current cycle (two decimals)."}}},
      "Quota": {"type": "object",
        "properties": {
          "name": {"type": "string"}, "start_date": {"type": "string", "format": "date"},
          "cycle_start": {"type": "string", "format": "date-time"}, "cycle_end": {"type": "string", "format": "date-time"},
          "kind": {"type": "string", "enum": ["volume", "rate"]},
          "limit_bytes": {"type": "number", "nullable": true}, "used_bytes": {"type": "number", "nullable": true},
          "limit_bits_per_second": {"type": "number", "nullable": true}, "bits_per_second": {"type": "number", "nullable": true},
          "in_bytes": {"type": "number", "nullable": true}, "out_bytes": {"type": "number", "nullable": true},
          "ratio": {"type": "number"}, "projected_bytes": {"type": "number", "nullable": true}}},
      "Source": {"type": "object",
        "properties": {
          "id": {"type": "string"}, "type": {"type": "string"},
          "health": {"type": "string", "enum": ["pending", "ok", "error"]}, "up": {"type": "boolean"},
          "message": {"type": "string"}, "interval_seconds": {"type": "number"},
          "last_success": {"type": "string", "format": "date-time", "nullable": true},
          "last_attempt": {"type": "string", "format": "date-time", "nullable": true},
          "consecutive_failures": {"type": "integer"}, "polls": {"type": "number"}, "failures": {"type": "number"}}},
      "PushMetric": {"type": "object",
        "properties": {
          "name": {"type": "string"}, "type": {"type": "string", "enum": ["gauge", "counter"]},
          "description": {"type": "string"}, "value": {"type": "number"},
          "created": {"type": "string", "format": "date-time"}, "updated": {"type": "string", "format": "date-time"}}}
    },
    "responses": {
      "Error": {"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "NoContent": {"description": "Done (persisted before this answer)."}
    }
  },
  "paths": {
    "/metrics": {"get": {"summary": "Prometheus metrics",
      "description": "Text format 0.0.4, or OpenMetrics 1.0.0 when the Accept header prefers application/openmetrics-text.",
      "responses": {"200": {"description": "Exposition",
        "content": {"text/plain; version=0.0.4": {}, "application/openmetrics-text; version=1.0.0": {}}},
        "401": {"$ref": "#/components/responses/Error"}}}},
    "/health": {"get": {"summary": "Liveness (no key needed)", "security": [],
      "responses": {"200": {"description": "{status, timestamp}"}}}},
    "/api/v1/openapi.json": {"get": {"summary": "This document (no key needed)", "security": [],
      "responses": {"200": {"description": "OpenAPI 3 document"}}}},
    "/api/v1/health": {"get": {"summary": "Health with details (sources, storage, uptime)",
      "responses": {"200": {"description": "Health"}}}},
    "/api/v1/bandwidth": {"get": {"summary": "Bandwidth time series in buckets (the Kong bandwidth service's shape)",
      "parameters": [
        {"name": "lookback_duration", "in": "query", "schema": {"type": "string", "example": "5m"}, "description": "Range ending now (default 1h); alias: lookback."},
        {"name": "start", "in": "query", "schema": {"type": "string"}, "description": "RFC 3339 time or Unix seconds (instead of lookback_duration)."},
        {"name": "end", "in": "query", "schema": {"type": "string"}, "description": "Default: now."},
        {"name": "step", "in": "query", "schema": {"type": "string", "default": "1m"}, "description": "Bucket width, at least 1s; at most 11000 buckets."},
        {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["egress", "ingress", "out", "in"]}, "description": "Direction; default both."},
        {"name": "service", "in": "query", "schema": {"type": "string"}},
        {"name": "route", "in": "query", "schema": {"type": "string"}},
        {"name": "source", "in": "query", "schema": {"type": "string"}},
        {"name": "series", "in": "query", "schema": {"type": "string"}}],
      "responses": {"200": {"description": "Rows by time, then service, route and type",
        "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/BandwidthRow"}}}}},
        "400": {"$ref": "#/components/responses/Error"}}}},
    "/api/v1/metrics/bandwidth_used": {"get": {"summary": "Alias of /api/v1/bandwidth (the Kong service's path)",
      "responses": {"200": {"description": "As /api/v1/bandwidth"}}}},
    "/api/v1/series": {"get": {"summary": "Served traffic series with totals and current rate",
      "responses": {"200": {"description": "{series: [...]}"}}}},
    "/api/v1/sources": {"get": {"summary": "Configured sources and their health",
      "responses": {"200": {"description": "{sources: [Source]}",
        "content": {"application/json": {"schema": {"type": "object", "properties": {"sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}}}}}}}}},
    "/api/v1/quotas": {"get": {"summary": "Every quota's current cycle, in bytes",
      "responses": {"200": {"description": "{quotas: [Quota]}",
        "content": {"application/json": {"schema": {"type": "object", "properties": {"quotas": {"type": "array", "items": {"$ref": "#/components/schemas/Quota"}}}}}}}}}},
    "/api/v1/quotas/{name}": {"get": {"summary": "One quota's current cycle, in bytes",
      "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "Quota", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Quota"}}}},
        "404": {"$ref": "#/components/responses/Error"}}}},
    "/api/v1/quotas/{name}/usage": {"get": {"summary": "Cycle usage in the vnstat webhook shape {start_date, in, out} (MiB)",
      "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
      "responses": {"200": {"description": "Usage", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VnstatUsage"}}}},
        "404": {"$ref": "#/components/responses/Error"}}}},
    "/api/v1/push": {"get": {"summary": "All pushed metrics",
      "responses": {"200": {"description": "{metrics: [PushMetric]}"}}}},
    "/api/v1/push/{name}": {
      "parameters": [{"$ref": "#/components/parameters/name"}],
      "post": {"summary": "Create a gauge (default) or counter (?type=counter); body: description as text, or JSON {description, type, value}",
        "parameters": [{"name": "type", "in": "query", "schema": {"type": "string", "enum": ["gauge", "counter"]}}],
        "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}, "application/json": {"schema": {"type": "object"}}}},
        "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushMetric"}}}},
          "200": {"description": "Existed already"}, "400": {"$ref": "#/components/responses/Error"},
          "409": {"$ref": "#/components/responses/Error"}, "507": {"$ref": "#/components/responses/Error"}}},
      "put": {"summary": "Set the value; body: a number (or JSON {value})",
        "requestBody": {"required": true, "content": {"text/plain": {"schema": {"type": "string", "example": "42.5"}}}},
        "responses": {"204": {"$ref": "#/components/responses/NoContent"}, "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}},
      "get": {"summary": "The value as text (JSON with Accept: application/json)",
        "responses": {"200": {"description": "Value", "content": {"text/plain": {"schema": {"type": "string"}}}},
          "404": {"$ref": "#/components/responses/Error"}}},
      "delete": {"summary": "Remove the metric",
        "responses": {"204": {"$ref": "#/components/responses/NoContent"}, "404": {"$ref": "#/components/responses/Error"}}}},
    "/api/v1/push/{name}/{operation}": {
      "parameters": [{"$ref": "#/components/parameters/name"},
        {"name": "operation", "in": "path", "required": true, "schema": {"type": "string", "enum": ["inc", "dec", "add", "sub"]}}],
      "put": {"summary": "inc/dec: +1/-1; add/sub: the number in the body. Counters never go down (409).",
        "requestBody": {"content": {"text/plain": {"schema": {"type": "string", "example": "2"}}}},
        "responses": {"204": {"$ref": "#/components/responses/NoContent"}, "400": {"$ref": "#/components/responses/Error"},
          "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}}
  }
}
)JSON";

} // namespace

QByteArray OpenApiDocument::json()
{
    return QByteArray::fromRawData(kDocument, sizeof(kDocument) - 1);
}

} // namespace Bandwatch
