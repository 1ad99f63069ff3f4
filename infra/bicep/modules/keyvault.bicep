// Key Vault in RBAC mode. It holds the key that signs full-digest links; the managed identity needs
// no other secret (a client secret or certificate would go here too: infra/README.md, "Rotating credentials").
param name string
param location string
param tags object
param principalId string
@secure()
param digestLinkKey string

// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Read by the Web App through a Key Vault reference (Digest__LinkKey), never written into app settings.
resource linkKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'digest-link-key'
  properties: {
    value: digestLinkKey
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
