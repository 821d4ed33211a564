# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(940, 640)
        ImportWizard.setMinimumSize(QSize(760, 520))
        ImportWizard.setStyleSheet(u"QLabel[error=\"true\"] { color: #c62828; }\n"
"QLabel[warning=\"true\"] { color: #8d5a00; background: #fff4e0; border: 1px solid #f0c36d; border-radius: 3px; padding: 6px; }\n"
"QLabel[hint=\"true\"] { color: #616161; }\n"
"QLabel[summary=\"true\"] { font-size: 11pt; }")
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setSpacing(10)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(self.filePage)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.filePageLayout.addLayout(self.pathRow)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.encodingLabel = QLabel(self.filePage)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.encodingLabel)

        self.encodingValue = QLabel(self.filePage)
        self.encodingValue.setObjectName(u"encodingValue")
        self.encodingValue.setWordWrap(True)
        self.encodingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.encodingValue)

        self.delimiterLabel = QLabel(self.filePage)
        self.delimiterLabel.setObjectName(u"delimiterLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.delimiterLabel)

        self.delimiterValue = QLabel(self.filePage)
        self.delimiterValue.setObjectName(u"delimiterValue")
        self.delimiterValue.setWordWrap(True)
        self.delimiterValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.delimiterValue)

        self.rowsLabel = QLabel(self.filePage)
        self.rowsLabel.setObjectName(u"rowsLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rowsLabel)

        self.rowsValue = QLabel(self.filePage)
        self.rowsValue.setObjectName(u"rowsValue")
        self.rowsValue.setWordWrap(True)
        self.rowsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rowsValue)

        self.columnsLabel = QLabel(self.filePage)
        self.columnsLabel.setObjectName(u"columnsLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.columnsLabel)

        self.columnsValue = QLabel(self.filePage)
        self.columnsValue.setObjectName(u"columnsValue")
        self.columnsValue.setWordWrap(True)
        self.columnsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.columnsValue)


        self.filePageLayout.addLayout(self.detailsForm)

        self.fileWarnings = QLabel(self.filePage)
        self.fileWarnings.setObjectName(u"fileWarnings")
        self.fileWarnings.setVisible(False)
        self.fileWarnings.setWordWrap(True)
        self.fileWarnings.setProperty(u"warning", True)

        self.filePageLayout.addWidget(self.fileWarnings)

        self.fileError = QLabel(self.filePage)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setVisible(False)
        self.fileError.setWordWrap(True)
        self.fileError.setProperty(u"error", True)

        self.filePageLayout.addWidget(self.fileError)

        self.filePageSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.filePageSpacer)

        self.fileHint = QLabel(self.filePage)
        self.fileHint.setObjectName(u"fileHint")
        self.fileHint.setWordWrap(True)
        self.fileHint.setProperty(u"hint", True)

        self.filePageLayout.addWidget(self.fileHint)

        ImportWizard.addPage(self.filePage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingPageLayout = QVBoxLayout(self.mappingPage)
        self.mappingPageLayout.setSpacing(8)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.mappingRow = QHBoxLayout()
        self.mappingRow.setSpacing(10)
        self.mappingRow.setObjectName(u"mappingRow")
        self.mappingGroup = QGroupBox(self.mappingPage)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingGroup.setMinimumSize(QSize(320, 0))
        self.mappingGroupLayout = QVBoxLayout(self.mappingGroup)
        self.mappingGroupLayout.setObjectName(u"mappingGroupLayout")
        self.mappingGroupLayout.setContentsMargins(4, 4, 4, 4)
        self.mappingScroll = QScrollArea(self.mappingGroup)
        self.mappingScroll.setObjectName(u"mappingScroll")
        self.mappingScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mappingScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mappingScroll.setWidgetResizable(True)
        self.mappingContents = QWidget()
        self.mappingContents.setObjectName(u"mappingContents")
        self.mappingForm = QFormLayout(self.mappingContents)
        self.mappingForm.setObjectName(u"mappingForm")
        self.mappingForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.mappingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mappingScroll.setWidget(self.mappingContents)

        self.mappingGroupLayout.addWidget(self.mappingScroll)


        self.mappingRow.addWidget(self.mappingGroup)

        self.previewGroup = QGroupBox(self.mappingPage)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewGroupLayout = QVBoxLayout(self.previewGroup)
        self.previewGroupLayout.setObjectName(u"previewGroupLayout")
        self.previewGroupLayout.setContentsMargins(4, 4, 4, 4)
        self.previewView = QTableView(self.previewGroup)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.previewView.setWordWrap(False)

        self.previewGroupLayout.addWidget(self.previewView)


        self.mappingRow.addWidget(self.previewGroup)

        self.mappingRow.setStretch(1, 1)

        self.mappingPageLayout.addLayout(self.mappingRow)

        self.dryRunRow = QHBoxLayout()
        self.dryRunRow.setSpacing(10)
        self.dryRunRow.setObjectName(u"dryRunRow")
        self.dryRunButton = QPushButton(self.mappingPage)
        self.dryRunButton.setObjectName(u"dryRunButton")

        self.dryRunRow.addWidget(self.dryRunButton)

        self.dryRunSummary = QLabel(self.mappingPage)
        self.dryRunSummary.setObjectName(u"dryRunSummary")
        self.dryRunSummary.setWordWrap(True)
        self.dryRunSummary.setProperty(u"summary", True)

        self.dryRunRow.addWidget(self.dryRunSummary)

        self.dryRunRow.setStretch(1, 1)

        self.mappingPageLayout.addLayout(self.dryRunRow)

        self.errorsView = QTableView(self.mappingPage)
        self.errorsView.setObjectName(u"errorsView")
        self.errorsView.setVisible(False)
        self.errorsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errorsView.setAlternatingRowColors(True)
        self.errorsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errorsView.setMaximumSize(QSize(16777215, 170))

        self.mappingPageLayout.addWidget(self.errorsView)

        self.skipInvalidCheck = QCheckBox(self.mappingPage)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.mappingPageLayout.addWidget(self.skipInvalidCheck)

        ImportWizard.addPage(self.mappingPage)
        self.resultPage = QWizardPage()
        self.resultPage.setObjectName(u"resultPage")
        self.resultPageLayout = QVBoxLayout(self.resultPage)
        self.resultPageLayout.setSpacing(10)
        self.resultPageLayout.setObjectName(u"resultPageLayout")
        self.resultSummary = QLabel(self.resultPage)
        self.resultSummary.setObjectName(u"resultSummary")
        self.resultSummary.setWordWrap(True)
        self.resultSummary.setTextFormat(Qt.TextFormat.RichText)
        self.resultSummary.setProperty(u"summary", True)

        self.resultPageLayout.addWidget(self.resultSummary)

        self.resultErrorsView = QTableView(self.resultPage)
        self.resultErrorsView.setObjectName(u"resultErrorsView")
        self.resultErrorsView.setVisible(False)
        self.resultErrorsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultErrorsView.setAlternatingRowColors(True)
        self.resultErrorsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.resultPageLayout.addWidget(self.resultErrorsView)

        self.retryRow = QHBoxLayout()
        self.retryRow.setObjectName(u"retryRow")
        self.retryButton = QPushButton(self.resultPage)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setVisible(False)

        self.retryRow.addWidget(self.retryButton)

        self.retrySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retryRow.addItem(self.retrySpacer)


        self.resultPageLayout.addLayout(self.retryRow)

        self.resultPageSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultPageLayout.addItem(self.resultPageSpacer)

        self.resultHint = QLabel(self.resultPage)
        self.resultHint.setObjectName(u"resultHint")
        self.resultHint.setWordWrap(True)
        self.resultHint.setProperty(u"hint", True)

        self.resultPageLayout.addWidget(self.resultHint)

        ImportWizard.addPage(self.resultPage)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.dryRunButton)
        QWidget.setTabOrder(self.dryRunButton, self.skipInvalidCheck)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import members", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"Choose a CSV file", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"A list exported from a spreadsheet: one person per line, the column names on the first line.", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Path of the CSV file", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Pick the file in a dialog", None))
#endif // QT_CONFIG(tooltip)
        self.encodingLabel.setText(QCoreApplication.translate("ImportWizard", u"Encoding:", None))
        self.encodingValue.setText(QCoreApplication.translate("ImportWizard", u"\u2014", None))
        self.delimiterLabel.setText(QCoreApplication.translate("ImportWizard", u"Separator:", None))
        self.delimiterValue.setText(QCoreApplication.translate("ImportWizard", u"\u2014", None))
        self.rowsLabel.setText(QCoreApplication.translate("ImportWizard", u"Rows:", None))
        self.rowsValue.setText(QCoreApplication.translate("ImportWizard", u"\u2014", None))
        self.columnsLabel.setText(QCoreApplication.translate("ImportWizard", u"Columns:", None))
        self.columnsValue.setText(QCoreApplication.translate("ImportWizard", u"\u2014", None))
        self.fileHint.setText(QCoreApplication.translate("ImportWizard", u"Tip: in Excel or LibreOffice, use \u201cSave as\u201d and choose \u201cCSV\u201d. French or English column names are recognised (Nom, Pr\u00e9nom, E-mail, T\u00e9l\u00e9phone, Organisation, Tags\u2026); you can check them on the next page.", None))
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"Check the columns", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Each column of the file feeds one field; \u201c(ignore)\u201d leaves it out. A dry run tells what the import would do without writing anything.", None))
        self.mappingGroup.setTitle(QCoreApplication.translate("ImportWizard", u"Columns", None))
        self.previewGroup.setTitle(QCoreApplication.translate("ImportWizard", u"Preview", None))
        self.dryRunButton.setText(QCoreApplication.translate("ImportWizard", u"&Dry run", None))
#if QT_CONFIG(tooltip)
        self.dryRunButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Check every row and count what would change, without writing", None))
#endif // QT_CONFIG(tooltip)
        self.skipInvalidCheck.setText(QCoreApplication.translate("ImportWizard", u"Import the valid rows and &skip the invalid ones", None))
#if QT_CONFIG(tooltip)
        self.skipInvalidCheck.setToolTip(QCoreApplication.translate("ImportWizard", u"Unticked, a single invalid row stops the import and nothing is written", None))
#endif // QT_CONFIG(tooltip)
        self.resultPage.setTitle(QCoreApplication.translate("ImportWizard", u"Import", None))
        self.resultPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"What the import did.", None))
        self.retryButton.setText(QCoreApplication.translate("ImportWizard", u"&Back to the columns", None))
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("ImportWizard", u"Change the column choices or skip the invalid rows, then import again", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

