    auth = HTTPBasicAuth(client_id, client_secret)
    token = spotify.fetch_token(token_url, auth=auth, authorization_response=redirect_response)

    f = open(".cache", "w")
    print(token)
    f.write(str(token).replace("'", '"'))
    f.close()


# test = "{'access_token': 'BQTCyIu-K8zL6XHAo4B7pukUUExmWzQW4MGgfCwIem5qAP0X3-fsIQqq-8G-JWxuq13PCryc16D4pMOmxfAAesABYZ_IgdP5odL102v0Dt2AOou3eNHmYTkp1FP-3l8g0Gomtzzw6R6HtQyy9xEDbsgMrxaBVvmAqoSQoML-A5lKjRr8kYY', 'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': 'AQRrLpoTPD-Q_Zv-y9zeNbQqurPYnZgDtCCL1yTDjHE2IFtTgkV0edskPGPOSd4QHoaAfptbfuL4jUEXTUsy8CI5L1DkU9dYDwVudj3Zq3C5vJ9KmbCKWEXD0C4RGytQHj5', 'scope': ['user-read-currently-playing'], 'expires_at': 1699752664.6937788}"

# test_json = json.loads(test)
# print(test_json)
