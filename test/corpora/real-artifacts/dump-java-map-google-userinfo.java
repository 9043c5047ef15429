        HttpEntity<MultiValueMap<String, String>> request = new HttpEntity<>(params, headers);
        //nuevamente usamos restTemplate para hacer una solicitud a la API de google, con una url,
        // con una informacion (googleTokenUri) y va a devolver una clase mapeada
        ResponseEntity<Map> response = restTemplate.postForEntity(googleTokenUri, request, Map.class);
        //dentro de esta respuesta ya tengo mi access token
        System.out.println(response);
        return response.getBody();
    }

    // Obtiene información del usuario de Google
    // Se hace nuevamente una solicitud a Google
    public Map<String, Object> getGoogleUserInfo(String accessToken) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(accessToken); // headers: size = 1
        //Con un bearertoken
        //Para que agarre esa indormacion
        HttpEntity<Void> request = new HttpEntity<>(headers); // request: {Authorization=Bearer ya29.a0Aa...}
        //Y me la devuelva
        ResponseEntity<Map> response = restTemplate.exchange(googleUserInfoUri, HttpMethod.GET, request, Map.class);
        System.out.println(response);
        return response.getBody(); // response: "200 OK OK, {id=105115495175148508726, email=luran.me0704@gmail.com}"
    }
