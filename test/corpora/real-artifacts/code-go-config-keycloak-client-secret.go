package config

import "github.com/google/fhir/go/fhirversion"

const Api = "https://api.openhealthhub.com/OpenHealthhub/fhir-sandbox/4"
const ApiKey = "c47e1b90-2a3d-4f65-8e17-d90b6a5c3e24"
const TimeZone = "Europe/Amsterdam"
const FhirVersion = fhirversion.R4

const KeycloakTokenUri = "https://auth.openhealthhub.com/auth/realms/OpenHealthHub/protocol/openid-connect/token"
const KeycloakClientId = "api-sandbox"
const KeycloakClientSecret = "3f9c2a71-5d84-4e0b-a6c2-7b1e9d04f358"
