#include "security/idlemonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace waymark {

namespace {
constexpr int tickSeconds = 5;
constexpr int sleepGapSeconds = 60; // a tick this late means the machine was asleep
} // namespace

IdleMonitor::IdleMonitor(int idleMinutes, QObject* parent)
    : QObject(parent)
    , m_idleMinutes(idleMinutes)
    , m_timer(new QTimer(this)) {
    m_lastInput = m_lastTick = QDateTime::currentDateTimeUtc();
    m_timer->setInterval(tickSeconds * 1000);
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::tick);
    m_timer->start();
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleMonitor::setIdleMinutes(int minutes) {
    m_idleMinutes = minutes;
}

void IdleMonitor::setEnabled(bool enabled) {
    m_enabled = enabled;
    m_offsetSeconds = 0;
    m_lastInput = m_lastTick = QDateTime::currentDateTimeUtc();
}

void IdleMonitor::simulateElapsed(qint64 seconds) {
    for (qint64 passed = 0; passed < seconds; passed += tickSeconds) {
        m_offsetSeconds += tickSeconds;
        tick();
    }
}

void IdleMonitor::simulateSleep(qint64 seconds) {
    m_offsetSeconds += seconds;
    tick();
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastInput = QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::tick() {
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds);
    const qint64 sinceTick = m_lastTick.secsTo(now);
    m_lastTick = now;
    if (!m_enabled)
        return;
    if (sinceTick > sleepGapSeconds) {
        emit lockRequested(tr("Waymark locked itself because the computer was asleep."));
        return;
    }
    if (m_idleMinutes > 0 && m_lastInput.secsTo(now) >= qint64(m_idleMinutes) * 60)
        emit lockRequested(
            tr("Waymark locked itself after %n minute(s) without use.", nullptr, m_idleMinutes));
}

} // namespace waymark
