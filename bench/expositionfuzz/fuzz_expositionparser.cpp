// libFuzzer entry point: every input is parsed as Prometheus text (default
// and strict) and as OpenMetrics, with a visitor that reads everything the
// parser hands out, so a view pointing outside the body is caught by ASan.

#include "core/expositionparser.h"

#include <cstddef>
#include <cstdint>

using namespace Bandwatch;

namespace {

class Toucher : public ExpositionVisitor
{
public:
    bool family(const ExpositionFamily &f) override
    {
        sink += f.help().size() + f.name.size() + f.unit.size();
        return (f.name.size() & 1) == 0; // also exercise skipped families
    }
    void sample(const ExpositionSample &s) override
    {
        sink += s.labels().size() + s.name().size() + (s.timestampMs() ? 1 : 0);
        sink += s.label("le").size() + s.labelUtf8("service").size();
        if (s.value() == 42.0)
            ++sink;
    }
    qsizetype sink = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int mode = 0; mode < 3; ++mode) {
        ExpositionParser::Options o;
        o.format = mode == 2 ? ExpositionFormat::OpenMetrics : ExpositionFormat::PrometheusText;
        o.strict = mode == 1;
        o.maxLineLength = 4096;
        o.maxLabels = 16;
        Toucher t;
        ExpositionError e;
        if (!ExpositionParser(o).parse(body, t, &e) && (e.message.isEmpty() || e.line < 0))
            __builtin_trap();
    }
    (void)ExpositionParser::detectFormat(body.first(qMin<qsizetype>(body.size(), 64)), body);
    return 0;
}
