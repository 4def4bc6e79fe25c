from django.urls import path

from . import views

app_name = "contracts"
urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("contracts/", views.contract_list, name="list"),
    path("contracts/<int:pk>/", views.contract_detail, name="detail"),
    path("contracts/<int:pk>/messages/", views.send_message, name="send_message"),
    path("contracts/<int:pk>/payments/", views.release_payment, name="release_payment"),
    path("contracts/<int:pk>/bonuses/", views.pay_bonus, name="pay_bonus"),
    path("contracts/<int:pk>/end/", views.end_contract, name="end"),
    path("jobs/", views.job_list, name="jobs"),
    path("jobs/new/", views.job_new, name="job_new"),
    path("jobs/<int:pk>/", views.job_detail, name="job"),
    path("jobs/<int:pk>/proposals/", views.submit_proposal, name="submit_proposal"),
    path("proposals/<int:pk>/hire/", views.hire, name="hire"),
    path("withdrawals/", views.withdrawal_list, name="withdrawals"),
    path("withdrawals/new/", views.withdrawal_new, name="withdrawal_new"),
]
