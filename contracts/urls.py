from django.urls import path

from . import views

app_name = "contracts"
urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("contracts/", views.contract_list, name="list"),
    path("contracts/<id:pk>/", views.contract_detail, name="detail"),
    path("contracts/<id:pk>/messages/", views.send_message, name="send_message"),
    path("contracts/<id:pk>/payments/", views.release_payment, name="release_payment"),
    path("contracts/<id:pk>/bonuses/", views.pay_bonus, name="pay_bonus"),
    path("contracts/<id:pk>/end/", views.end_contract, name="end"),
    path("jobs/", views.job_list, name="jobs"),
    path("jobs/new/", views.job_new, name="job_new"),
    path("jobs/<id:pk>/", views.job_detail, name="job"),
    path("jobs/<id:pk>/proposals/", views.submit_proposal, name="submit_proposal"),
    path("proposals/<id:pk>/hire/", views.hire, name="hire"),
    path("withdrawals/", views.withdrawal_list, name="withdrawals"),
    path("withdrawals/new/", views.withdrawal_new, name="withdrawal_new"),
]
