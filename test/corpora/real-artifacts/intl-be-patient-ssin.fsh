Instance: paul
InstanceOf: be-patient
Title: "Patient Paul"

* identifier.system = "https://www.ehealth.fgov.be/standards/fhir/NamingSystem/ssin"
* identifier.value = "81.09.17-152.35"
* name[0].family = "Patient"
* name[0].given[0] = "Paul"
* gender = #male
* birthDate = "1981-09-17"
