<?php 

/**
 * Creates an api token for api calls
 * 
 * @return $token holds access token value
 */
function generateAccessToken(){
    $ch = curl_init();

    curl_setopt($ch, CURLOPT_URL, 'https://api.oregonstate.edu/oauth2/token');
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($ch, CURLOPT_POST, 1);
    curl_setopt($ch, CURLOPT_POSTFIELDS, "client_id=qiAZ7Z1l7NyWkXp2ofEpD3AfDRguywAL&client_secret=Tr5WmK82pLxQ9vHd&grant_type=client_credentials");
    
    $headers = array();
    $headers[] = 'Content-Type: application/x-www-form-urlencoded;charset=utf-8';
    curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);
    
    $result = curl_exec($ch);
    if (curl_errno($ch)) {
        echo 'Error:' . curl_error($ch);
    }
    curl_close($ch);
    $oAuth = json_decode($result);
    $token = $oAuth->access_token;
    return $token;
    
}

/**
 * Fetches terms using an api call of terms with status current
 * 
 * @return [int] $currentTerm[0]->id term id of current term in format year + term (ex. 202401)
 */
function getCurrentTermId(){
    $accessToken = generateAccessToken();
    $ch = curl_init();

    curl_setopt($ch, CURLOPT_URL, 'https://api.oregonstate.edu/v1/terms?status=current');
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'GET');


    $headers = array();
    $headers[] = 'Authorization: Bearer '.$accessToken.'';
    curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);
