"""Shapes of the public announcements JSON (for the OpenAPI schema)."""

from rest_framework import serializers


class GlobalAnnouncementSerializer(serializers.Serializer):
    message = serializers.CharField(help_text="Sanitised HTML: links and emphasis only; empty when there is none")
    icon = serializers.CharField(help_text="info, warning, success or error; empty when there is none")
    start = serializers.CharField(help_text="ISO 8601 UTC, or empty for an open start")
    end = serializers.CharField(help_text="ISO 8601 UTC, or empty for an open end")


class ResponsiveAnnouncementSerializer(GlobalAnnouncementSerializer):
    country = serializers.CharField(help_text="“All” or an ISO 3166 alpha-2 code")
    usertype = serializers.CharField(help_text="all, client, freelancer or agency")


class ActiveAnnouncementsSerializer(serializers.Serializer):
    responsive = ResponsiveAnnouncementSerializer(many=True)

    def get_fields(self):
        # "global" is a Python keyword, so it cannot be declared as an attribute.
        return {"global": GlobalAnnouncementSerializer(), **super().get_fields()}
