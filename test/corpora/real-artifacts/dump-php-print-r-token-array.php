curl_close($process);
echo $return;

/*
Response: {"access_token":"7ad43f0153c4f571cfce911e468968e7","expires_in":3600,"token_type":"Bearer"}

Token Array: Array ( [access_token] => 7ad43f0153c4f571cfce911e468968e7 [expires_in] => 3600 [token_type] => Bearer )
now calling https://idsws.abcleasing.com.mx/api/Values
{"message":"OK User","IdClient":"1","Client":"ABCLeasing","IdUser":"1","UserName":"Admin","Email":"cnavarro@abcleasing.com.mx","Role":"Admin"}*/
