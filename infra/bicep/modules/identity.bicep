// The one identity the bot uses for everything: Bot Framework tokens (msaAppType UserAssignedMSI),
// Blob Storage, Azure OpenAI and Key Vault. Nothing to rotate, nothing to leak.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
