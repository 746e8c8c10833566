#pragma once
// The common frame of the settings editors: a form, a message line that says why OK is refused,
// and a save that runs on a worker thread (the dialog stays open and shows the error if it fails).
#include "domain/result.h"
#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &title, QWidget *parent = nullptr);
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }
    bool saving() const { return m_saving; }
    // Validates, then saves off the GUI thread; closes on success.
    void accept() override;

protected:
    QFormLayout *form() const { return m_form; }
    // A short explanation above the buttons (e.g. "applies at next start").
    void addNote(const QString &text);
    void showMessage(const QString &text);
    // Empty when the input is fine; else the reason shown to the user.
    virtual QString validate() const = 0;
    // The save (runs on a worker thread: no widget access; copy what it needs first).
    virtual std::function<od::Status()> saver() = 0;
    void recheck();

private:
    QFormLayout *m_form;
    QLabel *m_message;
    QPushButton *m_ok;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

// Runs `work` on a worker thread and calls `done` on `context`'s thread with its status.
void runSettingsWork(QObject *context, std::function<od::Status()> work, std::function<void(const od::Status &)> done);
