@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DeidConsentIT {

    @Autowired IngestionService ingestionService;
    @Autowired FhirResourceStore store;
    @Autowired DeidentificationService deidentificationService;
    @Autowired ConsentService consentService;
    @Autowired ShareService shareService;

    @BeforeEach
    void seed() throws IOException {
        Patient p = new Patient();
        p.setId("share-patient");
        p.addName().setFamily("Secret").addGiven("Patient");
        p.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("555-1234");
        p.addAddress().setCity("Springfield").setState("IL").setPostalCode("62704");
        p.addIdentifier().setSystem("urn:mrn").setValue("MRN-999");
        p.setBirthDateElement(new DateType("1985-03-12"));
        store.create(p);

        IngestionContext ctx = new IngestionContext("share-patient", "seed");
        ingestionService.ingest("scale-csv", sample("scale.csv"), ctx);      // body-composition
        ingestionService.ingest("wearable-json", sample("wearable.json"), ctx); // vitals + activity
    }

    @Test
    void deidentificationRemovesPhiAndGeneralizesDates() {
        Patient original = (Patient) store.read("Patient", "share-patient").orElseThrow();
        Patient deid = deidentificationService.deidentifyPatient(original, "pseudo-1");

        assertThat(deid.getName()).isEmpty();
        assertThat(deid.getTelecom()).isEmpty();
        assertThat(deid.getAddress()).isEmpty();
        assertThat(deid.getIdentifier()).isEmpty();
        assertThat(deid.getBirthDateElement().getPrecision()).isEqualTo(TemporalPrecisionEnum.YEAR);

        Observation anyObs = (Observation) store.searchByPatient("Observation", "Patient/share-patient").get(0);
        Observation deidObs = deidentificationService.deidentifyObservation(anyObs, "pseudo-1");
        assertThat(deidObs.getSubject().getReference()).isEqualTo("Patient/pseudo-1");
    }
