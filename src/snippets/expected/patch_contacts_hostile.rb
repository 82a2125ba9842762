require 'net/http'
require 'uri'

uri = URI('https://api.callbell.eu/v1/contacts/Zo%C3%AB\'s%20100%25')
request = Net::HTTP::Patch.new(uri)
request['Authorization'] = "Bearer #{ENV.fetch('CALLBELL_API_TOKEN')}"
request['Content-Type'] = 'application/json'
request['Accept'] = 'application/json'
request.body = '{
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
}'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
abort "Request failed: #{response.code} #{response.message}" unless response.is_a?(Net::HTTPSuccess)
