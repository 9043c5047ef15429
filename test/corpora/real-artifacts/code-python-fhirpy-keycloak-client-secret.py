import requests
from fhirpy import AsyncFHIRClient

FHIR_URL = 'https://api.openhealthhub.com/OpenHealthhub/fhir-sandbox/4'
API_KEY = 'c47e1b90-2a3d-4f65-8e17-d90b6a5c3e24'


def get_token():
    client_id = 'api-sandbox'
    client_secret = '3f9c2a71-5d84-4e0b-a6c2-7b1e9d04f358'
    url = 'https://auth.openhealthhub.com/auth/realms/OpenHealthHub/protocol/openid-connect/token'
    response = requests.post(url,
                             f'client_id={client_id}&client_secret={client_secret}&grant_type=client_credentials',
                             headers={'Content-Type': 'application/x-www-form-urlencoded'}).json()
    return response['access_token']


client = AsyncFHIRClient(
    FHIR_URL,
    authorization=f'Bearer {get_token()}',
    extra_headers={'x-api-key': API_KEY}
)
