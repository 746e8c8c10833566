#pragma once
// 商品对应 → 从 Excel 导入: reads an .xlsx / .csv file in a worker, shows every row with what will
// happen to it (or why it is refused), writes the good rows through the core SkuMappingService in one
// transaction, then shows "n added, m updated, k refused (reasons)". Refused rows stay in the list and
// can be exported to .xlsx in the same column layout, corrected and imported again.
#include "workflow/skumappingimport.h"
#include <QDialog>

class Backend;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class SkuImportModel;

class SkuImportDialog : public QDialog {
    Q_OBJECT
public:
    // `shops`: (id, name) for rows without a shop; `defaultShop`: preselected (0: none).
    SkuImportDialog(Backend &backend, const QString &path, const QList<QPair<qint64, QString>> &shops, qint64 defaultShop, QWidget *parent = nullptr);
    bool isLoaded() const { return m_loaded; }
    bool isApplying() const { return m_applying; }
    bool isApplied() const { return m_applied; }
    const std::vector<od::SkuImportRow> &rows() const { return m_plan.rows; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *shopBox() const { return m_shop; }
    // Writes the refused rows (with their reason) to `path` in a worker; `done(error)` on the GUI thread.
    void exportRefused(const QString &path, std::function<void(const QString &error)> done = {});

signals:
    void applied(const QString &summary);

private:
    void loaded(const od::Result<od::SkuImportPlan> &plan, const std::vector<od::Shop> &shops);
    void recheck();
    void apply();
    void showState();

    Backend &m_backend;
    QString m_path;
    od::SkuImportPlan m_plan;
    std::vector<od::Shop> m_shops;
    bool m_loaded = false, m_applying = false, m_applied = false;
    QString m_error;
    QString m_result;
    QComboBox *m_shop;
    QTableView *m_view;
    SkuImportModel *m_model;
    QLabel *m_summary;
    QPushButton *m_import;
    QPushButton *m_exportRefused;
};
