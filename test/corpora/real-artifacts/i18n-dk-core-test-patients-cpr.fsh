// =============================================================================
// TestPatienter - MedCom Test Patients with Family Relationships
// Based on TestPatienter.xlsx from MedCom (revised 02/07-2024)
// =============================================================================

// =============================================================================
// FAMILIE 1: Lauridsen familien
// Einer (far) og Lonni (mor) med tvillinger Magnus & Rasmus og trillinger Else, Ellen & EK
// =============================================================================

Instance: Einer
InstanceOf: DkCorePatient
Title: "Einer Test Lauridsen - far i Lauridsen familien"
Description: "Einer Test Lauridsen - Gift med Lonni. Tvillinger Magnus & Rasmus, Trillinger Else & Ellen & EK"
Usage: #example
* identifier.system = "urn:oid:1.2.208.176.1.2"
* identifier.value = "0201609995"
* name.use = #official
* name.family = "Lauridsen"
* name.given[0] = "Einer"
* name.given[+] = "Test"
* gender = #male
* birthDate = "1960-01-02"
* address.line = "Testgrusgraven 3, 3.th"
* address.postalCode = "3400"
* address.extension[municipalityCode].valueCodeableConcept = $dk-core-municipality-codes#0219
* address.extension[regionalSubDivisionCodes].valueCodeableConcept = $dk-core-regional-subdivision-codes#DK-84
* maritalStatus = $v3-MaritalStatus#M "Married"
* link[0].other = Reference(Lonni)
* link[=].type = #seealso

Instance: Lonni
InstanceOf: DkCorePatient
Title: "Lonni Test Lauridsen - mor i Lauridsen familien"
Description: "Lonni Test Lauridsen - Gift med Einer. Tvillinger Magnus & Rasmus, Trillinger Else & Ellen & EK"
Usage: #example
* identifier.system = "urn:oid:1.2.208.176.1.2"
* identifier.value = "0201609996"
* name.use = #official
* name.family = "Lauridsen"
* name.given[0] = "Lonni"
* name.given[+] = "Test"
* gender = #female
* birthDate = "1960-01-02"
* address.line = "Testgrusgraven 3, 3.th"
* address.postalCode = "3400"
* address.extension[municipalityCode].valueCodeableConcept = $dk-core-municipality-codes#0219
* address.extension[regionalSubDivisionCodes].valueCodeableConcept = $dk-core-regional-subdivision-codes#DK-84
* maritalStatus = $v3-MaritalStatus#M "Married"
* link[0].other = Reference(Einer)
* link[=].type = #seealso

// RelatedPerson for Lauridsen family relationships

Instance: LonniRelatedToEiner
InstanceOf: DkCoreRelatedPerson
Title: "Lonni som ægtefælle til Einer"
Description: "Lonni er gift med Einer"
Usage: #example
* identifier.system = "urn:oid:1.2.208.176.1.2"
* identifier.value = "0201609996"
* patient = Reference(Einer)
* relationship = $v3-RoleCode#SPS
* name.use = #official
* name.family = "Lauridsen"
* name.given[0] = "Lonni"
* name.given[+] = "Test"
* gender = #female
* birthDate = "1960-01-02"
