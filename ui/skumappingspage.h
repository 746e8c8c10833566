#pragma once
// 商品对应 on its own page: add, edit and remove the mappings platform item / SKU → our goods code
// (not only from a trade's 对应商品 dialog). Writes go through the core SkuMappingService (audited,
// right EditSkuMapping) in workers. Import from an Excel / CSV file (skumappingimportdialog.h); the
// list's Export to Excel writes the columns the import reads back.
#include "listpage.h"
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SkuImportDialog;

class SkuMappingEditDialog : public QDialog {
    Q_OBJECT
public:
    // `shops`: (id, name) to choose from. `existing`: editing that mapping (its key stays, only the
    // goods code changes); none: a new mapping.
    SkuMappingEditDialog(const QList<QPair<qint64, QString>> &shops, const std::optional<od::SkuMapping> &existing, QWidget *parent = nullptr);
    od::SkuMapping mapping() const;
    QComboBox *shopBox() const { return m_shop; }
    QLineEdit *itemEdit() const { return m_item; }
    QLineEdit *skuEdit() const { return m_sku; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *messageLabel() const { return m_message; }

private:
    void check();
    int64_t m_id = 0;
    QComboBox *m_shop;
    QLineEdit *m_item;
    QLineEdit *m_sku;
    QLineEdit *m_code;
    QLabel *m_message;
    QPushButton *m_ok = nullptr;
};

class SkuMappingsPage : public ListPage {
    Q_OBJECT
public:
    SkuMappingsPage(Backend &backend, QWidget *parent = nullptr);
    SkuMappingEditDialog *lastEditor() const { return m_editor; }
    // 从 Excel 导入 with a chosen file (the action asks for it): opens the import dialog on `path`.
    SkuImportDialog *importFile(const QString &path);
    SkuImportDialog *lastImportDialog() const { return m_import; }

private:
    void openEditor(const std::optional<od::SkuMapping> &existing);
    QList<QPair<qint64, QString>> shops() const;
    SkuMappingEditDialog *m_editor = nullptr;
    SkuImportDialog *m_import = nullptr;
};
