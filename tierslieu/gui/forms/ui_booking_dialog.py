# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

from tierslieu.gui.planning.widgets import QuarterTimeEdit

class Ui_BookingDialog(object):
    def setupUi(self, BookingDialog):
        if not BookingDialog.objectName():
            BookingDialog.setObjectName(u"BookingDialog")
        BookingDialog.resize(680, 600)
        BookingDialog.setMinimumSize(QSize(640, 0))
        BookingDialog.setStyleSheet(u"QLabel[error=\"true\"] { color: #b3261e; }\n"
"QLabel[hint=\"true\"] { color: #607d8b; }\n"
"QLabel#priceLabel { font-weight: 600; color: #1f6f78; }\n"
"QTimeEdit, QSpinBox { min-width: 64px; background: #ffffff; border: 1px solid #c5ccd1; border-radius: 4px; padding: 4px 6px; }\n"
"QTimeEdit:focus, QSpinBox:focus { border-color: #1f6f78; }\n"
"QTimeEdit::up-button, QTimeEdit::down-button, QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }\n"
"QComboBox[invalid=\"true\"], QLineEdit[invalid=\"true\"], QDateEdit[invalid=\"true\"], QTimeEdit[invalid=\"true\"], QSpinBox[invalid=\"true\"] { border: 1px solid #b3261e; background: #fff6f5; }")
        self.mainLayout = QVBoxLayout(BookingDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.resourceLabel = QLabel(BookingDialog)
        self.resourceLabel.setObjectName(u"resourceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resourceLabel)

        self.resourceBox = QVBoxLayout()
        self.resourceBox.setSpacing(2)
        self.resourceBox.setObjectName(u"resourceBox")
        self.resourceCombo = QComboBox(BookingDialog)
        self.resourceCombo.setObjectName(u"resourceCombo")
        self.resourceCombo.setMaxVisibleItems(20)

        self.resourceBox.addWidget(self.resourceCombo)

        self.resourceError = QLabel(BookingDialog)
        self.resourceError.setObjectName(u"resourceError")
        self.resourceError.setVisible(False)
        self.resourceError.setWordWrap(True)
        self.resourceError.setProperty(u"error", True)

        self.resourceBox.addWidget(self.resourceError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.resourceBox)

        self.memberLabel = QLabel(BookingDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberBox = QVBoxLayout()
        self.memberBox.setSpacing(2)
        self.memberBox.setObjectName(u"memberBox")
        self.memberEdit = QLineEdit(BookingDialog)
        self.memberEdit.setObjectName(u"memberEdit")
        self.memberEdit.setClearButtonEnabled(True)

        self.memberBox.addWidget(self.memberEdit)

        self.memberError = QLabel(BookingDialog)
        self.memberError.setObjectName(u"memberError")
        self.memberError.setVisible(False)
        self.memberError.setWordWrap(True)
        self.memberError.setProperty(u"error", True)

        self.memberBox.addWidget(self.memberError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.memberBox)

        self.titleLabel = QLabel(BookingDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(BookingDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(BookingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateEdit = QDateEdit(BookingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.dateEdit)

        self.dayNameLabel = QLabel(BookingDialog)
        self.dayNameLabel.setObjectName(u"dayNameLabel")
        self.dayNameLabel.setProperty(u"hint", True)

        self.dateRow.addWidget(self.dayNameLabel)

        self.dateSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.timeLabel = QLabel(BookingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeBox = QVBoxLayout()
        self.timeBox.setSpacing(2)
        self.timeBox.setObjectName(u"timeBox")
        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.startTimeEdit = QuarterTimeEdit(BookingDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.timeRow.addWidget(self.startTimeEdit)

        self.toLabel = QLabel(BookingDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.endTimeEdit = QuarterTimeEdit(BookingDialog)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.timeRow.addWidget(self.endTimeEdit)

        self.durationLabel = QLabel(BookingDialog)
        self.durationLabel.setObjectName(u"durationLabel")
        self.durationLabel.setProperty(u"hint", True)

        self.timeRow.addWidget(self.durationLabel)

        self.timeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.timeBox.addLayout(self.timeRow)

        self.startError = QLabel(BookingDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setVisible(False)
        self.startError.setWordWrap(True)
        self.startError.setProperty(u"error", True)

        self.timeBox.addWidget(self.startError)

        self.hoursCheck = QCheckBox(BookingDialog)
        self.hoursCheck.setObjectName(u"hoursCheck")

        self.timeBox.addWidget(self.hoursCheck)

        self.endError = QLabel(BookingDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setVisible(False)
        self.endError.setWordWrap(True)
        self.endError.setProperty(u"error", True)

        self.timeBox.addWidget(self.endError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.timeBox)

        self.attendeesLabel = QLabel(BookingDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.attendeesLabel)

        self.attendeesBox = QVBoxLayout()
        self.attendeesBox.setSpacing(2)
        self.attendeesBox.setObjectName(u"attendeesBox")
        self.attendeesRow = QHBoxLayout()
        self.attendeesRow.setObjectName(u"attendeesRow")
        self.attendeesSpin = QSpinBox(BookingDialog)
        self.attendeesSpin.setObjectName(u"attendeesSpin")
        self.attendeesSpin.setMinimumSize(QSize(70, 0))
        self.attendeesSpin.setMinimum(1)
        self.attendeesSpin.setMaximum(999)

        self.attendeesRow.addWidget(self.attendeesSpin)

        self.capacityLabel = QLabel(BookingDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")
        self.capacityLabel.setProperty(u"hint", True)

        self.attendeesRow.addWidget(self.capacityLabel)

        self.attendeesSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeesRow.addItem(self.attendeesSpacer)


        self.attendeesBox.addLayout(self.attendeesRow)

        self.attendeesError = QLabel(BookingDialog)
        self.attendeesError.setObjectName(u"attendeesError")
        self.attendeesError.setVisible(False)
        self.attendeesError.setWordWrap(True)
        self.attendeesError.setProperty(u"error", True)

        self.attendeesBox.addWidget(self.attendeesError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.attendeesBox)

        self.repeatLabel = QLabel(BookingDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatBox = QVBoxLayout()
        self.repeatBox.setSpacing(2)
        self.repeatBox.setObjectName(u"repeatBox")
        self.repeatRow = QHBoxLayout()
        self.repeatRow.setObjectName(u"repeatRow")
        self.repeatCombo = QComboBox(BookingDialog)
        self.repeatCombo.setObjectName(u"repeatCombo")
        self.repeatCombo.setMinimumContentsLength(16)

        self.repeatRow.addWidget(self.repeatCombo)

        self.repeatSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.repeatRow.addItem(self.repeatSpacer)


        self.repeatBox.addLayout(self.repeatRow)

        self.repeatEndRow = QHBoxLayout()
        self.repeatEndRow.setObjectName(u"repeatEndRow")
        self.untilRadio = QRadioButton(BookingDialog)
        self.untilRadio.setObjectName(u"untilRadio")
        self.untilRadio.setChecked(True)

        self.repeatEndRow.addWidget(self.untilRadio)

        self.untilDateEdit = QDateEdit(BookingDialog)
        self.untilDateEdit.setObjectName(u"untilDateEdit")
        self.untilDateEdit.setCalendarPopup(True)

        self.repeatEndRow.addWidget(self.untilDateEdit)

        self.countRadio = QRadioButton(BookingDialog)
        self.countRadio.setObjectName(u"countRadio")

        self.repeatEndRow.addWidget(self.countRadio)

        self.countSpin = QSpinBox(BookingDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimumSize(QSize(70, 0))
        self.countSpin.setMinimum(2)
        self.countSpin.setMaximum(366)
        self.countSpin.setValue(10)

        self.repeatEndRow.addWidget(self.countSpin)

        self.countLabel = QLabel(BookingDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.repeatEndRow.addWidget(self.countLabel)

        self.repeatEndSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.repeatEndRow.addItem(self.repeatEndSpacer)


        self.repeatBox.addLayout(self.repeatEndRow)

        self.repeatError = QLabel(BookingDialog)
        self.repeatError.setObjectName(u"repeatError")
        self.repeatError.setVisible(False)
        self.repeatError.setWordWrap(True)
        self.repeatError.setProperty(u"error", True)

        self.repeatBox.addWidget(self.repeatError)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.repeatBox)

        self.priceTitleLabel = QLabel(BookingDialog)
        self.priceTitleLabel.setObjectName(u"priceTitleLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.priceTitleLabel)

        self.priceLabel = QLabel(BookingDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.priceLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.seriesGroup = QGroupBox(BookingDialog)
        self.seriesGroup.setObjectName(u"seriesGroup")
        self.seriesLayout = QVBoxLayout(self.seriesGroup)
        self.seriesLayout.setObjectName(u"seriesLayout")
        self.checkRow = QHBoxLayout()
        self.checkRow.setObjectName(u"checkRow")
        self.checkButton = QPushButton(self.seriesGroup)
        self.checkButton.setObjectName(u"checkButton")

        self.checkRow.addWidget(self.checkButton)

        self.reportSummary = QLabel(self.seriesGroup)
        self.reportSummary.setObjectName(u"reportSummary")
        self.reportSummary.setWordWrap(True)

        self.checkRow.addWidget(self.reportSummary)

        self.checkSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkRow.addItem(self.checkSpacer)


        self.seriesLayout.addLayout(self.checkRow)

        self.reportView = QTableView(self.seriesGroup)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setMinimumSize(QSize(0, 150))
        self.reportView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportView.setAlternatingRowColors(True)
        self.reportView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportView.setShowGrid(False)
        self.reportView.horizontalHeader().setStretchLastSection(True)
        self.reportView.verticalHeader().setVisible(False)

        self.seriesLayout.addWidget(self.reportView)

        self.skipCheck = QCheckBox(self.seriesGroup)
        self.skipCheck.setObjectName(u"skipCheck")

        self.seriesLayout.addWidget(self.skipCheck)


        self.mainLayout.addWidget(self.seriesGroup)

        self.statusLabel = QLabel(BookingDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setVisible(False)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.statusLabel)

        self.generalError = QLabel(BookingDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"error", True)

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(BookingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.resourceLabel.setBuddy(self.resourceCombo)
        self.memberLabel.setBuddy(self.memberEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.startTimeEdit)
        self.toLabel.setBuddy(self.endTimeEdit)
        self.attendeesLabel.setBuddy(self.attendeesSpin)
        self.repeatLabel.setBuddy(self.repeatCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.resourceCombo, self.memberEdit)
        QWidget.setTabOrder(self.memberEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.hoursCheck)
        QWidget.setTabOrder(self.hoursCheck, self.attendeesSpin)
        QWidget.setTabOrder(self.attendeesSpin, self.repeatCombo)
        QWidget.setTabOrder(self.repeatCombo, self.untilRadio)
        QWidget.setTabOrder(self.untilRadio, self.untilDateEdit)
        QWidget.setTabOrder(self.untilDateEdit, self.countRadio)
        QWidget.setTabOrder(self.countRadio, self.countSpin)
        QWidget.setTabOrder(self.countSpin, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.reportView)
        QWidget.setTabOrder(self.reportView, self.skipCheck)

        self.retranslateUi(BookingDialog)
        self.buttonBox.rejected.connect(BookingDialog.reject)

        QMetaObject.connectSlotsByName(BookingDialog)
    # setupUi

    def retranslateUi(self, BookingDialog):
        BookingDialog.setWindowTitle(QCoreApplication.translate("BookingDialog", u"Booking", None))
        self.resourceLabel.setText(QCoreApplication.translate("BookingDialog", u"&Resource", None))
#if QT_CONFIG(tooltip)
        self.resourceCombo.setToolTip(QCoreApplication.translate("BookingDialog", u"The room, desk or zone to book", None))
#endif // QT_CONFIG(tooltip)
        self.memberLabel.setText(QCoreApplication.translate("BookingDialog", u"&Member", None))
#if QT_CONFIG(tooltip)
        self.memberEdit.setToolTip(QCoreApplication.translate("BookingDialog", u"Type part of a name or e-mail and pick the member; leave empty for an internal booking", None))
#endif // QT_CONFIG(tooltip)
        self.memberEdit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"Name or e-mail\u2026 (empty: internal booking)", None))
        self.titleLabel.setText(QCoreApplication.translate("BookingDialog", u"T&itle", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("BookingDialog", u"e.g. Team meeting (optional)", None))
        self.dateLabel.setText(QCoreApplication.translate("BookingDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("BookingDialog", u"dd/MM/yyyy", None))
        self.timeLabel.setText(QCoreApplication.translate("BookingDialog", u"&From", None))
#if QT_CONFIG(tooltip)
        self.startTimeEdit.setToolTip(QCoreApplication.translate("BookingDialog", u"Start time (\u2191 \u2193 or the mouse wheel move by 15 minutes)", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("BookingDialog", u"&to", None))
#if QT_CONFIG(tooltip)
        self.endTimeEdit.setToolTip(QCoreApplication.translate("BookingDialog", u"End time (\u2191 \u2193 or the mouse wheel move by 15 minutes)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.hoursCheck.setToolTip(QCoreApplication.translate("BookingDialog", u"Staff only: book on a closed day or outside the opening hours (an evening event, a set-up before opening)", None))
#endif // QT_CONFIG(tooltip)
        self.hoursCheck.setText(QCoreApplication.translate("BookingDialog", u"Allow a closed day or &outside opening hours", None))
        self.attendeesLabel.setText(QCoreApplication.translate("BookingDialog", u"&Attendees", None))
        self.repeatLabel.setText(QCoreApplication.translate("BookingDialog", u"R&epeat", None))
        self.untilRadio.setText(QCoreApplication.translate("BookingDialog", u"until", None))
#if QT_CONFIG(accessibility)
        self.untilDateEdit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Repeat until", None))
#endif // QT_CONFIG(accessibility)
        self.untilDateEdit.setDisplayFormat(QCoreApplication.translate("BookingDialog", u"dd/MM/yyyy", None))
        self.countRadio.setText(QCoreApplication.translate("BookingDialog", u"or", None))
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Number of occurrences", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText(QCoreApplication.translate("BookingDialog", u"times", None))
        self.priceTitleLabel.setText(QCoreApplication.translate("BookingDialog", u"Price", None))
#if QT_CONFIG(tooltip)
        self.priceLabel.setToolTip(QCoreApplication.translate("BookingDialog", u"Computed from the resource's hourly, half-day and day rates", None))
#endif // QT_CONFIG(tooltip)
        self.seriesGroup.setTitle(QCoreApplication.translate("BookingDialog", u"Occurrences", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("BookingDialog", u"List every occurrence: free, taken (by whom) or on a closed day", None))
#endif // QT_CONFIG(tooltip)
        self.checkButton.setText(QCoreApplication.translate("BookingDialog", u"Check &availability", None))
#if QT_CONFIG(accessibility)
        self.reportView.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Occurrences and their conflicts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.skipCheck.setToolTip(QCoreApplication.translate("BookingDialog", u"Otherwise a single taken or closed occurrence refuses the whole series", None))
#endif // QT_CONFIG(tooltip)
        self.skipCheck.setText(QCoreApplication.translate("BookingDialog", u"Book the free occurrences and &skip the others", None))
    # retranslateUi

