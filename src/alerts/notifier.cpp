#include "alerts/notifier.h"

namespace Bandwatch {

Notifier::~Notifier() = default;

} // namespace Bandwatch
