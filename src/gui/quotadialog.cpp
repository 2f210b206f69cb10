#include "gui/quotadialog.h"

#include "alerts/quotaconfig.h"
#include "core/billingcycle.h"
#include "core/units.h"
#include "ui_quotadialog.h"

#include <QPushButton>
#include <QTimeZone>

namespace Bandwatch {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

// "service=api, route=*" <-> {service: api, route: "*"}
ConfigNode labelsFromText(const QString &text)
{
    ConfigNode labels;
    for (const QString &pair : splitList(text)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            labels.set(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        else
            labels.set(pair, QString()); // an error the parser names
    }
    labels.flow = true;
    return labels;
}

QString labelsToText(const ConfigNode *labels)
{
    QStringList parts;
    if (labels)
        for (const auto &[k, v] : labels->entries)
            parts << QStringLiteral("%1=%2").arg(k, v.scalar);
    return parts.join(QStringLiteral(", "));
}

QString seriesName(const ConfigNode *series)
{
    if (!series || !series->isMap())
        return {};
    for (const char16_t *key : { u"name", u"series", u"interface" })
        if (series->has(key))
            return series->text(key);
    return {};
}

QStringList thresholdTexts(const ConfigNode *node)
{
    if (!node)
        return { QStringLiteral("80"), QStringLiteral("90"), QStringLiteral("100") };
    if (node->isScalar())
        return { node->scalar };
    QStringList out;
    for (const ConfigNode &item : node->items)
        out << item.scalar;
    return out;
}

// Sets `key` unless the entry already says the same (explicitly or by default).
void setUnlessSame(ConfigNode &node, const QString &key, const QString &value, const QString &fallback)
{
    if (node.text(key, fallback).trimmed() != value)
        node.set(key, value);
}

} // namespace

QuotaDialog::QuotaDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QuotaDialog>())
{
    m_ui->setupUi(this);
    m_ui->directionCombo->addItem(tr("In and out (both)"), QStringLiteral("both"));
    m_ui->directionCombo->addItem(tr("In (received)"), QStringLiteral("in"));
    m_ui->directionCombo->addItem(tr("Out (sent)"), QStringLiteral("out"));
    m_ui->kindCombo->addItem(tr("Volume per cycle"), QStringLiteral("volume"));
    m_ui->kindCombo->addItem(tr("Bandwidth (mean over a window)"), QStringLiteral("bandwidth"));
    m_ui->kindCombo->addItem(tr("95th percentile"), QStringLiteral("p95"));
    m_ui->statisticCombo->addItem(tr("Peak window in the cycle"), QStringLiteral("peak"));
    m_ui->statisticCombo->addItem(tr("Latest window"), QStringLiteral("average"));
    m_ui->periodCombo->addItem(tr("Monthly"), QStringLiteral("monthly"));
    m_ui->periodCombo->addItem(tr("Weekly"), QStringLiteral("weekly"));
    m_ui->periodCombo->addItem(tr("Daily"), QStringLiteral("daily"));
    const QLocale locale;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        m_ui->weekdayCombo->addItem(locale.dayName(d), QString::number(d));
    m_ui->timeZoneCombo->addItem(tr("UTC"), QStringLiteral("UTC"));
    m_ui->timeZoneCombo->addItem(tr("Local time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                                 QStringLiteral("local"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromUtf8(id);
        if (zone != u"UTC")
            m_ui->timeZoneCombo->addItem(zone, zone);
    }
    m_ui->cyclePreviewLabel->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QuotaDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &QuotaDialog::updateKindWidgets);
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &QuotaDialog::updateCycleWidgets);
    connect(m_ui->limitEdit, &QLineEdit::textChanged, this, &QuotaDialog::updateLimitHint);
    connect(m_ui->startDaySpin, &QSpinBox::valueChanged, this, &QuotaDialog::updatePreview);
    connect(m_ui->weekdayCombo, &QComboBox::currentIndexChanged, this, &QuotaDialog::updatePreview);
    connect(m_ui->timeZoneCombo, &QComboBox::currentIndexChanged, this, &QuotaDialog::updatePreview);
    setQuota(ConfigNode());
}

QuotaDialog::~QuotaDialog() = default;

void QuotaDialog::setSources(const QStringList &sourceIds)
{
    const QString current = m_ui->sourceCombo->currentText();
    m_ui->sourceCombo->clear();
    m_ui->sourceCombo->addItems(sourceIds);
    m_ui->sourceCombo->setCurrentText(current.isEmpty() && !sourceIds.isEmpty() ? sourceIds.first()
                                                                                : current);
}

void QuotaDialog::setTakenIds(const QStringList &ids)
{
    m_takenIds = ids;
}

void QuotaDialog::setNow(const QDateTime &now)
{
    m_now = now;
    updatePreview();
}

QString QuotaDialog::comboValue(const QComboBox *combo) const
{
    return combo->currentData().toString();
}

void QuotaDialog::selectValue(QComboBox *combo, const QString &value)
{
    int i = combo->findData(value);
    if (i < 0) { // a value the list does not offer (an unusual zone id): keep it selectable
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

void QuotaDialog::setQuota(const ConfigNode &quota)
{
    m_original = quota.isMap() ? quota : ConfigNode();
    const ConfigNode &q = m_original;
    setWindowTitle(q.text(u"id").isEmpty() ? tr("New Quota") : tr("Quota %1").arg(q.text(u"id")));
    m_ui->idEdit->setText(q.text(u"id"));
    m_ui->nameEdit->setText(q.text(u"name"));
    const ConfigNode *series = q.child(u"series");
    const QString source =
        series ? (series->isScalar() ? series->scalar : series->text(u"source")) : QString();
    if (!source.isEmpty())
        m_ui->sourceCombo->setCurrentText(source);
    m_ui->seriesNameEdit->setText(seriesName(series));
    m_ui->labelsEdit->setText(labelsToText(series ? series->child(u"labels") : nullptr));
    selectValue(m_ui->directionCombo, q.text(u"direction", QStringLiteral("both")).trimmed().toLower());
    selectValue(m_ui->kindCombo, q.text(u"kind", QStringLiteral("volume")).trimmed().toLower());
    m_ui->limitEdit->setText(q.text(u"limit"));
    m_ui->windowCombo->setCurrentText(q.text(u"window", QStringLiteral("5m")));
    const QString statistic = q.text(u"statistic", QStringLiteral("peak")).trimmed().toLower();
    selectValue(m_ui->statisticCombo,
                statistic == u"average" || statistic == u"mean" || statistic == u"latest"
                    ? QStringLiteral("average")
                    : QStringLiteral("peak"));
    m_ui->thresholdsEdit->setText(thresholdTexts(q.child(u"thresholds")).join(QStringLiteral(", ")));

    const ConfigNode *cycle = q.child(u"cycle");
    const QString period = cycle
        ? (cycle->isScalar() ? cycle->scalar : cycle->text(u"period", QStringLiteral("monthly")))
        : QStringLiteral("monthly");
    const QString startDay = cycle && cycle->isMap() ? cycle->text(u"start_day") : QString();
    const QString zone =
        cycle && cycle->isMap() ? cycle->text(u"timezone", QStringLiteral("UTC")) : QStringLiteral("UTC");
    selectValue(m_ui->periodCombo, period.trimmed().toLower());
    // The parser's reading of start_day, so "friday", "Fri" and 5 all select Friday.
    const auto parsed = BillingCycle::fromSpec(period, startDay, zone, nullptr);
    m_ui->startDaySpin->setValue(
        parsed && parsed->period() == BillingCycle::Period::Monthly ? parsed->startDay() : 1);
    m_ui->weekdayCombo->setCurrentIndex(
        parsed && parsed->period() == BillingCycle::Period::Weekly ? parsed->startDay() - 1 : 0);
    selectValue(m_ui->timeZoneCombo,
                zone.compare(u"utc", Qt::CaseInsensitive) == 0         ? QStringLiteral("UTC")
                    : zone.compare(u"local", Qt::CaseInsensitive) == 0 ? QStringLiteral("local")
                                                                       : zone.trimmed());
    m_ui->errorLabel->hide();
    updateKindWidgets();
    updateCycleWidgets();
}

QString QuotaDialog::startDayText() const
{
    const QString period = comboValue(m_ui->periodCombo);
    if (period == u"monthly")
        return QString::number(m_ui->startDaySpin->value());
    if (period == u"weekly")
        return QStringList { QStringLiteral("monday"),    QStringLiteral("tuesday"),
                             QStringLiteral("wednesday"), QStringLiteral("thursday"),
                             QStringLiteral("friday"),    QStringLiteral("saturday"),
                             QStringLiteral("sunday") }
            .value(m_ui->weekdayCombo->currentIndex());
    return {};
}

QString QuotaDialog::timeZoneText() const
{
    return comboValue(m_ui->timeZoneCombo);
}

ConfigNode QuotaDialog::quota() const
{
    ConfigNode q = m_original;
    q.kind = ConfigNode::Kind::Map;
    q.set(QStringLiteral("id"), m_ui->idEdit->text().trimmed());
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        q.remove(u"name");
    else
        setUnlessSame(q, QStringLiteral("name"), m_ui->nameEdit->text().trimmed(), QString());

    // series: only the parts that changed, so `series: kong` or aliases stay as written.
    const ConfigNode *oldSeries = m_original.child(u"series");
    const QString source = m_ui->sourceCombo->currentText().trimmed();
    const QString name = m_ui->seriesNameEdit->text().trimmed();
    const ConfigNode labels = labelsFromText(m_ui->labelsEdit->text());
    const bool sameLabels =
        labelsToText(&labels) == labelsToText(oldSeries ? oldSeries->child(u"labels") : nullptr);
    if (!oldSeries || oldSeries->isScalar()) {
        if (!(oldSeries && oldSeries->scalar.trimmed() == source && name.isEmpty()
              && labels.entries.isEmpty())) {
            ConfigNode series;
            series.set(QStringLiteral("source"), source);
            if (!name.isEmpty())
                series.set(QStringLiteral("name"), name);
            if (!labels.entries.isEmpty())
                series.set(QStringLiteral("labels"), labels);
            series.flow = true;
            q.set(QStringLiteral("series"), series);
        }
    } else {
        ConfigNode series = *oldSeries;
        setUnlessSame(series, QStringLiteral("source"), source, QString());
        if (name != seriesName(oldSeries)) {
            series.remove(u"series");
            series.remove(u"interface");
            if (name.isEmpty())
                series.remove(u"name");
            else
                series.set(QStringLiteral("name"), name);
        }
        if (!sameLabels) {
            if (labels.entries.isEmpty())
                series.remove(u"labels");
            else
                series.set(QStringLiteral("labels"), labels);
        }
        q.set(QStringLiteral("series"), series);
    }

    setUnlessSame(q, QStringLiteral("direction"), comboValue(m_ui->directionCombo), QStringLiteral("both"));
    const QString kind = comboValue(m_ui->kindCombo);
    setUnlessSame(q, QStringLiteral("kind"), kind, QStringLiteral("volume"));
    setUnlessSame(q, QStringLiteral("limit"), m_ui->limitEdit->text().trimmed(), QString());
    if (kind == u"bandwidth") {
        setUnlessSame(q, QStringLiteral("window"), m_ui->windowCombo->currentText().trimmed(),
                      QStringLiteral("5m"));
        const QString oldStatistic =
            m_original.text(u"statistic", QStringLiteral("peak")).trimmed().toLower();
        const QString statistic = comboValue(m_ui->statisticCombo);
        const bool oldIsAverage =
            oldStatistic == u"average" || oldStatistic == u"mean" || oldStatistic == u"latest";
        if (oldIsAverage != (statistic == u"average"))
            q.set(QStringLiteral("statistic"), statistic);
    } else {
        q.remove(u"window");
        q.remove(u"statistic");
    }

    const QStringList thresholds = splitList(QString(m_ui->thresholdsEdit->text()).remove(QLatin1Char('%')));
    QStringList oldThresholds = thresholdTexts(m_original.child(u"thresholds"));
    for (QString &t : oldThresholds)
        t = t.remove(QLatin1Char('%')).trimmed();
    if (thresholds != oldThresholds) {
        ConfigNode list = ConfigNode::fromList(thresholds);
        list.flow = true;
        q.set(QStringLiteral("thresholds"), list);
    }

    // cycle: rewritten only when it means a different cycle.
    const QString period = comboValue(m_ui->periodCombo);
    const QString startDay = startDayText();
    const QString zone = timeZoneText();
    const ConfigNode *oldCycle = m_original.child(u"cycle");
    std::optional<BillingCycle> before;
    if (!oldCycle)
        before = BillingCycle();
    else if (oldCycle->isScalar())
        before = BillingCycle::fromSpec(oldCycle->scalar, {}, {}, nullptr);
    else if (oldCycle->isMap())
        before = BillingCycle::fromSpec(oldCycle->text(u"period", QStringLiteral("monthly")),
                                        oldCycle->text(u"start_day"), oldCycle->text(u"timezone"), nullptr);
    const auto after = BillingCycle::fromSpec(period, startDay, zone, nullptr);
    const QString oldZone = oldCycle && oldCycle->isMap() ? oldCycle->text(u"timezone", QStringLiteral("UTC"))
                                                          : QStringLiteral("UTC");
    const bool sameCycle = before && after && before->period() == after->period()
        && before->startDay() == after->startDay() && oldZone.compare(zone, Qt::CaseInsensitive) == 0;
    if (!sameCycle) {
        ConfigNode cycle;
        cycle.set(QStringLiteral("period"), period);
        if (period != u"daily")
            cycle.set(QStringLiteral("start_day"), startDay);
        cycle.set(QStringLiteral("timezone"), zone);
        cycle.flow = true;
        q.set(QStringLiteral("cycle"), cycle);
    }
    return q;
}

bool QuotaDialog::validate(QString *error) const
{
    const ConfigNode q = quota();
    QList<ConfigError> errors;
    QuotaConfig::parseOne(q, &errors);
    QStringList messages;
    for (const ConfigError &e : std::as_const(errors))
        messages << e.message;
    const QString id = q.text(u"id");
    if (!id.isEmpty() && m_takenIds.contains(id))
        messages << tr("another quota already has the id \"%1\"").arg(id);
    if (messages.isEmpty())
        return true;
    if (error)
        *error = messages.join(QLatin1Char('\n'));
    return false;
}

void QuotaDialog::accept()
{
    QString error;
    if (!validate(&error)) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

void QuotaDialog::updateKindWidgets()
{
    const bool bandwidth = comboValue(m_ui->kindCombo) == u"bandwidth";
    m_ui->limitForm->setRowVisible(m_ui->windowCombo, bandwidth);
    m_ui->limitForm->setRowVisible(m_ui->statisticCombo, bandwidth);
    m_ui->limitEdit->setPlaceholderText(comboValue(m_ui->kindCombo) == u"volume" ? tr("e.g. 2TB")
                                                                                 : tr("e.g. 500Mbit/s"));
    updateLimitHint();
}

void QuotaDialog::updateCycleWidgets()
{
    const QString period = comboValue(m_ui->periodCombo);
    m_ui->cycleForm->setRowVisible(m_ui->startDayRow, period != u"daily");
    m_ui->startDaySpin->setVisible(period == u"monthly");
    m_ui->weekdayCombo->setVisible(period == u"weekly");
    m_ui->startDayLabel->setText(period == u"weekly" ? tr("Starts &on:") : tr("Starts on &day:"));
    updatePreview();
}

void QuotaDialog::updateLimitHint()
{
    const QString text = m_ui->limitEdit->text().trimmed();
    QString hint;
    if (!text.isEmpty()) {
        QString err;
        if (comboValue(m_ui->kindCombo) == u"volume") {
            if (const auto bytes = Units::parseBytes(text, &err))
                hint = QStringLiteral("= %1").arg(Units::formatBytes(*bytes));
        } else if (const auto rate = Units::parseBitRate(text, &err)) {
            hint = QStringLiteral("= %1").arg(Units::formatBitRate(*rate));
        }
        if (hint.isEmpty())
            hint = tr("not understood");
    }
    m_ui->limitValueLabel->setText(hint);
}

QString QuotaDialog::cyclePreview() const
{
    return m_ui->cyclePreviewLabel->text();
}

void QuotaDialog::updatePreview()
{
    QString err;
    const auto cycle =
        BillingCycle::fromSpec(comboValue(m_ui->periodCombo), startDayText(), timeZoneText(), &err);
    if (!cycle) {
        m_ui->cyclePreviewLabel->setText(err);
        return;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const CycleInterval interval = cycle->cycleContaining(now);
    const QTimeZone zone = cycle->timeZone();
    const QLocale locale;
    const QString format = QStringLiteral("d MMM yyyy HH:mm");
    m_ui->cyclePreviewLabel->setText(QStringLiteral("%1 – %2 (%3)")
                                         .arg(locale.toString(interval.start.toTimeZone(zone), format),
                                              locale.toString(interval.end.toTimeZone(zone), format),
                                              QString::fromUtf8(zone.id())));
}

} // namespace Bandwatch
