"""
============================================================================
NISE TRAINING MODULE - PATIENT API TESTS
============================================================================
Projeto: NISE - Treinamento Assistido
Módulo: Patient API Integration Tests
Versão: 1.0
Data: 20/03/2026
Responsável: DEV2
============================================================================
"""

import pytest
from httpx import AsyncClient
from fastapi import status
import uuid

# ============================================================================
# TEST DATA
# ============================================================================

SAMPLE_PATIENT = {
    "resourceType": "Patient",
    "id": str(uuid.uuid4()),
    "identifier": [
        {
            "system": "http://rnds.saude.gov.br/fhir/r4/NamingSystem/cpf",
            "value": "12345678901"
        },
        {
            "system": "http://rnds.saude.gov.br/fhir/r4/NamingSystem/cns",
            "value": "123456789012345"
        }
    ],
    "name": [
        {
            "use": "official",
            "family": "Silva",
            "given": ["João", "Pedro"]
        }
    ],
    "gender": "male",
    "birthDate": "1980-01-15",
    "address": [
        {
            "use": "home",
            "city": "São Paulo",
            "state": "SP",
            "country": "BR"
        }
    ]
}

# ============================================================================
# TESTS
# ============================================================================

@pytest.mark.asyncio
async def test_create_patient(client: AsyncClient):
    """Test creating a new patient."""
    response = await client.post("/api/v1/patients/", json=SAMPLE_PATIENT)
    
    assert response.status_code == status.HTTP_201_CREATED
    data = response.json()
    assert data["resourceType"] == "Patient"
    assert data["id"] == SAMPLE_PATIENT["id"]
    assert data["name"][0]["family"] == "Silva"
