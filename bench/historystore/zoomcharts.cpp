#include "benchparts.h"

namespace Bandwatch::Bench {

void zoomCharts(const QString &, int, bool) { }

} // namespace Bandwatch::Bench
