FHIR_SUBSCRIPTION_NOTIFICATION = {
    "resourceType": "Bundle",
    "type": "subscription-notification",
    "entry": [
        {
            "resource": {
                "resourceType": "SubscriptionStatus",
                "status": "active",
                "type": "event-notification",
                "subscription": {"reference": "Subscription/epic-adt-sub-001"},
            }
        },
        {
            "resource": {
                "resourceType": "Encounter",
                "id": "enc-sub-20260301",
                "status": "arrived",
                "class": {"code": "EMER"},
                "subject": {"reference": "Patient/pat-hf-55210", "display": "Robert Chen"},
                "location": [{"location": {"display": "Cape Canaveral Hospital — ED Bay 7"}}],
                "reasonCode": [{"text": "Chest pain, rule out ACS"}],
            }
        },
    ],
}
