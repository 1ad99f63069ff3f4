// Optional Azure OpenAI account with one model deployment. Keys are disabled: the bot calls the
// OpenAI-compatible v1 endpoint with an Entra ID token for its managed identity.
param name string
param location string
param tags object
param principalId string
param deploymentName string
param modelName string
param modelVersion string
param deploymentSku string
param capacity int

// Built-in role "Cognitive Services OpenAI User": inference only, no keys, no deployments.
var openAIUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    // Entra ID tokens need a custom subdomain; it also gives the https://<name>.openai.azure.com endpoint.
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: deploymentSku
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
    versionUpgradeOption: 'OnceCurrentVersionExpired'
  }
}

resource openAIUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, openAIUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAIUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// The resource root that AzureOpenAIClient (Azure.AI.OpenAI) takes as its endpoint:
// properties.endpoint is https://<customSubDomainName>.openai.azure.com/ for an OpenAI account.
output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
