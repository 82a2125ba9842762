<?php

$ch = curl_init('https://api.callbell.eu/v1/contacts/Zo%C3%AB\'s%20100%25');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'PATCH',
    CURLOPT_HTTPHEADER => [
        'Authorization: Bearer ' . getenv('CALLBELL_API_TOKEN'),
        'Content-Type: application/json',
        'Accept: application/json',
    ],
    CURLOPT_POSTFIELDS => '{
  "name": "Zoë O\'Brien 🎉",
  "tags": [
    "say \\"hi\\"",
    "C:\\\\temp",
    "${HOME} $(id)"
  ],
  "custom_fields": {
    "Zoë\'s note": "line one\\nline two",
    "Greeting": "\\"#{name}\\" is 100%"
  }
}',
    CURLOPT_RETURNTRANSFER => true,
]);

$response = curl_exec($ch);
if ($response === false) {
    fwrite(STDERR, 'Request failed: ' . curl_error($ch) . PHP_EOL);
    exit(1);
}
echo $response . PHP_EOL;
$status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
if ($status >= 300) {
    fwrite(STDERR, "Request failed with status $status" . PHP_EOL);
    exit(1);
}
