        int status = mvcResult.getResponse().getStatus();
        assertEquals(201, status);
        String content = mvcResult.getResponse().getContentAsString();

        assertEquals("Patient created JdbcPatient{id=23, first_name='Mateusz', last_name='Testowy', " +
                "gender='m', birth_date=1984-02-03, city='Kielce', province_id=11, allergies='orzechy', height=180.0, " +
                "weight=70.0, email='mati@gmail.com', admissions=null}", content);
    }
