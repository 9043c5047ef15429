	show("got oauth token: ", oauthToken)
	// got token (just token), no email or user_id
	// &oauth2.Token{AccessToken:"gho_uhhAgKlVsgBRFx8Y98q80ZBQDYHCuf45TnqQ", TokenType:"bearer", RefreshToken:"", Expiry:time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC), raw:url.Values{"access_token":[]string{"gho_uhhAgKlVsgBRFx8Y98q80ZBQDYHCuf45TnqQ"}, "scope":[]string{"user:email"}, "token_type":[]string{"bearer"}}, expiryDelta:0}

	// nah, nothing here:
	email := oauthToken.Extra("email").(string)
