#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace waymark {

// Asks for the session to be locked after a spell without keyboard or mouse input, and after the
// laptop has slept (seen as the wall clock jumping ahead between two ticks of a short timer,
// which works on every platform without a system bus).
class IdleMonitor : public QObject {
    Q_OBJECT
public:
    explicit IdleMonitor(int idleMinutes, QObject* parent = nullptr);

    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_idleMinutes; }
    void setEnabled(bool enabled); // off while locked
    // Tests: pretend that time passes with the timer ticking (no input), or that the machine
    // slept for that long between two ticks.
    void simulateElapsed(qint64 seconds);
    void simulateSleep(qint64 seconds);

signals:
    void lockRequested(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();

    int m_idleMinutes;
    bool m_enabled = true;
    QTimer* m_timer;
    QDateTime m_lastInput;
    QDateTime m_lastTick;
    qint64 m_offsetSeconds = 0;
};

} // namespace waymark
