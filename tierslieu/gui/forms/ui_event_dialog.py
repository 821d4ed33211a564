# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(600, 700)
        self.mainLayout = QVBoxLayout(EventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.generalError = QLabel(EventDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"error", True)

        self.mainLayout.addWidget(self.generalError)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setVerticalSpacing(6)
        self.titleLabel = QLabel(EventDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(2)
        self.titleBox.setObjectName(u"titleBox")
        self.titleEdit = QLineEdit(EventDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.titleBox.addWidget(self.titleEdit)

        self.titleError = QLabel(EventDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setVisible(False)
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"error", True)

        self.titleBox.addWidget(self.titleError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titleBox)

        self.kindLabel = QLabel(EventDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindBox = QVBoxLayout()
        self.kindBox.setSpacing(2)
        self.kindBox.setObjectName(u"kindBox")
        self.kindCombo = QComboBox(EventDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindBox.addWidget(self.kindCombo)

        self.kindError = QLabel(EventDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setVisible(False)
        self.kindError.setWordWrap(True)
        self.kindError.setProperty(u"error", True)

        self.kindBox.addWidget(self.kindError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindBox)

        self.startLabel = QLabel(EventDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.whenBox = QVBoxLayout()
        self.whenBox.setSpacing(2)
        self.whenBox.setObjectName(u"whenBox")
        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.startEdit = QDateTimeEdit(EventDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.startEdit.setCalendarPopup(True)

        self.whenRow.addWidget(self.startEdit)

        self.endLabel = QLabel(EventDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.whenRow.addWidget(self.endLabel)

        self.endEdit = QDateTimeEdit(EventDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.endEdit.setCalendarPopup(True)

        self.whenRow.addWidget(self.endEdit)


        self.whenBox.addLayout(self.whenRow)

        self.startError = QLabel(EventDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setVisible(False)
        self.startError.setWordWrap(True)
        self.startError.setProperty(u"error", True)

        self.whenBox.addWidget(self.startError)

        self.endError = QLabel(EventDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setVisible(False)
        self.endError.setWordWrap(True)
        self.endError.setProperty(u"error", True)

        self.whenBox.addWidget(self.endError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whenBox)

        self.roomsLabel = QLabel(EventDialog)
        self.roomsLabel.setObjectName(u"roomsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomsLabel)

        self.roomsBox = QVBoxLayout()
        self.roomsBox.setSpacing(2)
        self.roomsBox.setObjectName(u"roomsBox")
        self.roomsView = QListView(EventDialog)
        self.roomsView.setObjectName(u"roomsView")
        self.roomsView.setMinimumSize(QSize(0, 96))
        self.roomsView.setMaximumSize(QSize(16777215, 130))

        self.roomsBox.addWidget(self.roomsView)

        self.outsideHoursCheck = QCheckBox(EventDialog)
        self.outsideHoursCheck.setObjectName(u"outsideHoursCheck")

        self.roomsBox.addWidget(self.outsideHoursCheck)

        self.roomsError = QLabel(EventDialog)
        self.roomsError.setObjectName(u"roomsError")
        self.roomsError.setVisible(False)
        self.roomsError.setWordWrap(True)
        self.roomsError.setProperty(u"error", True)

        self.roomsBox.addWidget(self.roomsError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.roomsBox)

        self.capacityLabel = QLabel(EventDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityBox = QVBoxLayout()
        self.capacityBox.setSpacing(2)
        self.capacityBox.setObjectName(u"capacityBox")
        self.capacityRow = QHBoxLayout()
        self.capacityRow.setObjectName(u"capacityRow")
        self.capacitySpin = QSpinBox(EventDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(10000)
        self.capacitySpin.setValue(20)

        self.capacityRow.addWidget(self.capacitySpin)

        self.priceLabel = QLabel(EventDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.capacityRow.addWidget(self.priceLabel)

        self.priceEdit = QLineEdit(EventDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.capacityRow.addWidget(self.priceEdit)


        self.capacityBox.addLayout(self.capacityRow)

        self.capacityError = QLabel(EventDialog)
        self.capacityError.setObjectName(u"capacityError")
        self.capacityError.setVisible(False)
        self.capacityError.setWordWrap(True)
        self.capacityError.setProperty(u"error", True)

        self.capacityBox.addWidget(self.capacityError)

        self.priceError = QLabel(EventDialog)
        self.priceError.setObjectName(u"priceError")
        self.priceError.setVisible(False)
        self.priceError.setWordWrap(True)
        self.priceError.setProperty(u"error", True)

        self.capacityBox.addWidget(self.priceError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.capacityBox)

        self.windowLabel = QLabel(EventDialog)
        self.windowLabel.setObjectName(u"windowLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.windowLabel)

        self.windowBox = QVBoxLayout()
        self.windowBox.setSpacing(2)
        self.windowBox.setObjectName(u"windowBox")
        self.opensRow = QHBoxLayout()
        self.opensRow.setObjectName(u"opensRow")
        self.opensCheck = QCheckBox(EventDialog)
        self.opensCheck.setObjectName(u"opensCheck")

        self.opensRow.addWidget(self.opensCheck)

        self.opensEdit = QDateTimeEdit(EventDialog)
        self.opensEdit.setObjectName(u"opensEdit")
        self.opensEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.opensEdit.setCalendarPopup(True)

        self.opensRow.addWidget(self.opensEdit)

        self.closesCheck = QCheckBox(EventDialog)
        self.closesCheck.setObjectName(u"closesCheck")

        self.opensRow.addWidget(self.closesCheck)

        self.closesEdit = QDateTimeEdit(EventDialog)
        self.closesEdit.setObjectName(u"closesEdit")
        self.closesEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.closesEdit.setCalendarPopup(True)

        self.opensRow.addWidget(self.closesEdit)


        self.windowBox.addLayout(self.opensRow)

        self.windowHint = QLabel(EventDialog)
        self.windowHint.setObjectName(u"windowHint")
        self.windowHint.setWordWrap(True)
        self.windowHint.setProperty(u"hint", True)

        self.windowBox.addWidget(self.windowHint)

        self.opensError = QLabel(EventDialog)
        self.opensError.setObjectName(u"opensError")
        self.opensError.setVisible(False)
        self.opensError.setWordWrap(True)
        self.opensError.setProperty(u"error", True)

        self.windowBox.addWidget(self.opensError)

        self.closesError = QLabel(EventDialog)
        self.closesError.setObjectName(u"closesError")
        self.closesError.setVisible(False)
        self.closesError.setWordWrap(True)
        self.closesError.setProperty(u"error", True)

        self.windowBox.addWidget(self.closesError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.windowBox)

        self.minLabel = QLabel(EventDialog)
        self.minLabel.setObjectName(u"minLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.minLabel)

        self.minBox = QVBoxLayout()
        self.minBox.setSpacing(2)
        self.minBox.setObjectName(u"minBox")
        self.minRow = QHBoxLayout()
        self.minRow.setObjectName(u"minRow")
        self.minSpin = QSpinBox(EventDialog)
        self.minSpin.setObjectName(u"minSpin")
        self.minSpin.setMaximum(10000)

        self.minRow.addWidget(self.minSpin)

        self.alertLabel = QLabel(EventDialog)
        self.alertLabel.setObjectName(u"alertLabel")

        self.minRow.addWidget(self.alertLabel)

        self.alertSpin = QSpinBox(EventDialog)
        self.alertSpin.setObjectName(u"alertSpin")
        self.alertSpin.setMaximum(365)
        self.alertSpin.setValue(7)

        self.minRow.addWidget(self.alertSpin)

        self.minSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minRow.addItem(self.minSpacer)


        self.minBox.addLayout(self.minRow)

        self.minError = QLabel(EventDialog)
        self.minError.setObjectName(u"minError")
        self.minError.setVisible(False)
        self.minError.setWordWrap(True)
        self.minError.setProperty(u"error", True)

        self.minBox.addWidget(self.minError)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.minBox)

        self.descriptionLabel = QLabel(EventDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionBox = QVBoxLayout()
        self.descriptionBox.setSpacing(2)
        self.descriptionBox.setObjectName(u"descriptionBox")
        self.descriptionEdit = QPlainTextEdit(EventDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.descriptionBox.addWidget(self.descriptionEdit)

        self.descriptionError = QLabel(EventDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setVisible(False)
        self.descriptionError.setWordWrap(True)
        self.descriptionError.setProperty(u"error", True)

        self.descriptionBox.addWidget(self.descriptionError)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.descriptionBox)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.roomsLabel.setBuddy(self.roomsView)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.priceLabel.setBuddy(self.priceEdit)
        self.minLabel.setBuddy(self.minSpin)
        self.alertLabel.setBuddy(self.alertSpin)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.roomsView)
        QWidget.setTabOrder(self.roomsView, self.outsideHoursCheck)
        QWidget.setTabOrder(self.outsideHoursCheck, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.priceEdit)
        QWidget.setTabOrder(self.priceEdit, self.opensCheck)
        QWidget.setTabOrder(self.opensCheck, self.opensEdit)
        QWidget.setTabOrder(self.opensEdit, self.closesCheck)
        QWidget.setTabOrder(self.closesCheck, self.closesEdit)
        QWidget.setTabOrder(self.closesEdit, self.minSpin)
        QWidget.setTabOrder(self.minSpin, self.alertSpin)
        QWidget.setTabOrder(self.alertSpin, self.descriptionEdit)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Event", None))
        self.titleLabel.setText(QCoreApplication.translate("EventDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Climate hackathon, bike repair workshop\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("EventDialog", u"&Kind", None))
        self.startLabel.setText(QCoreApplication.translate("EventDialog", u"&Starts", None))
        self.endLabel.setText(QCoreApplication.translate("EventDialog", u"&ends", None))
        self.roomsLabel.setText(QCoreApplication.translate("EventDialog", u"&Rooms", None))
#if QT_CONFIG(tooltip)
        self.roomsView.setToolTip(QCoreApplication.translate("EventDialog", u"Tick the rooms to book for the event; they show in the planning", None))
#endif // QT_CONFIG(tooltip)
        self.outsideHoursCheck.setText(QCoreApplication.translate("EventDialog", u"Book outside opening hours or on a closed day", None))
        self.capacityLabel.setText(QCoreApplication.translate("EventDialog", u"&Places", None))
        self.priceLabel.setText(QCoreApplication.translate("EventDialog", u"P&rice (\u20ac, VAT incl.)", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Free", None))
        self.windowLabel.setText(QCoreApplication.translate("EventDialog", u"Registration", None))
        self.opensCheck.setText(QCoreApplication.translate("EventDialog", u"opens on", None))
        self.closesCheck.setText(QCoreApplication.translate("EventDialog", u"closes on", None))
        self.windowHint.setText(QCoreApplication.translate("EventDialog", u"Without dates, registration is open now and closes when the event starts.", None))
        self.minLabel.setText(QCoreApplication.translate("EventDialog", u"&Minimum", None))
        self.minSpin.setSpecialValueText(QCoreApplication.translate("EventDialog", u"none", None))
        self.alertLabel.setText(QCoreApplication.translate("EventDialog", u"registrations; warn &days before:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("EventDialog", u"&Description", None))
    # retranslateUi

