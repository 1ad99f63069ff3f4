// AllianceBot on Azure: one resource group with the bot's Web App, its Azure Bot registration
// (Teams channel), storage for state and the debrief archive, monitoring, a Key Vault and,
// optionally, Azure OpenAI. Deploy with:
//   az deployment group create -g <rg> -f infra/bicep/main.bicep -p @infra/bicep/main.parameters.json
// See infra/README.md for every parameter.

@description('Azure region for everything except the Azure Bot registration, which is global.')
param location string = resourceGroup().location

@description('Prefix of every resource name; lowercase letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param baseName string = 'alliancebot'

@description('Name of the bot shown in the Azure portal (the Teams name comes from the app package).')
param botDisplayName string = 'AllianceBot'

@description('Azure Bot pricing tier. F0 is free, and Teams is a standard channel (no message charges).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan tier. B1 is the smallest that keeps the app always on (needed by the digest scheduler).')
param appServiceSku string = 'B1'

@description('Storage redundancy. Standard_ZRS or Standard_GRS protect the archive against a zone or region loss.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
])
param storageSku string = 'Standard_LRS'

@description('Days after which archived debriefs and digests are deleted. 2555 days is about 7 years; set it to your records-retention rule.')
@minValue(1)
param retentionDays int = 2555

@description('Days a deleted blob or container can still be recovered (soft delete).')
@minValue(1)
@maxValue(365)
param softDeleteDays int = 14

@description('Days a previous version of a blob (after an overwrite or delete) is kept.')
@minValue(1)
param versionRetentionDays int = 30

@description('Days Log Analytics keeps logs and Application Insights telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Deploy an Azure OpenAI account and model. Without it the bot uses its offline engine only.')
param deployOpenAI bool = false

@description('Model deployment name the bot calls (Model__Deployment).')
param openAIDeploymentName string = 'alliancebot-chat'

@description('Model to deploy; check availability with: az cognitiveservices model list -l <location>.')
param openAIModelName string = 'gpt-4.1-mini'

@description('Version of the model to deploy.')
param openAIModelVersion string = '2025-04-14'

@description('Deployment type. GlobalStandard may process requests in any Azure region; Standard keeps processing in the account region, DataZoneStandard within the US or EU data zone.')
@allowed([
  'GlobalStandard'
  'DataZoneStandard'
  'Standard'
])
param openAIDeploymentSku string = 'GlobalStandard'

@description('Deployment capacity in thousands of tokens per minute.')
@minValue(1)
param openAICapacity int = 10

@description('How often supervisors get a scheduled digest (Digest__Period): Week or Day.')
@allowed([
  'Week'
  'Day'
])
param digestPeriod string = 'Week'

@description('Day of the week the digest is sent (Digest__DayOfWeek).')
param digestDayOfWeek string = 'Friday'

@description('Local time of day the digest is sent, HH:mm (Digest__TimeOfDay).')
param digestTimeOfDay string = '16:00'

@description('IANA time zone for the digest schedule (Digest__TimeZone), e.g. America/Toronto.')
param digestTimeZone string = 'America/Toronto'

@description('Key that signs the links to the full digest page (Digest__LinkKey), kept in Key Vault. The default draws a new one at each deployment, which ends links made before it (they last a day).')
@secure()
param digestLinkKey string = base64('${newGuid()}${newGuid()}')

@description('Tags put on every resource.')
param tags object = {
  app: 'AllianceBot'
}

var suffix = uniqueString(resourceGroup().id)
var compactName = toLower(replace(baseName, '-', ''))
var siteName = '${baseName}-${suffix}'
var stateContainer = 'botstate'
var archiveContainer = 'debriefs'
var tenantId = subscription().tenantId

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${baseName}-${suffix}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${baseName}-${suffix}'
    appInsightsName: 'appi-${baseName}-${suffix}'
    location: location
    tags: tags
    retentionInDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${take(compactName, 9)}${suffix}' // at most 24 lowercase letters and digits
    location: location
    tags: tags
    skuName: storageSku
    principalId: identity.outputs.principalId
    stateContainer: stateContainer
    archiveContainer: archiveContainer
    retentionDays: retentionDays
    softDeleteDays: softDeleteDays
    versionRetentionDays: versionRetentionDays
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${take(compactName, 7)}-${take(suffix, 12)}' // at most 24 characters
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    digestLinkKey: digestLinkKey
  }
}

module openAI 'modules/openai.bicep' = if (deployOpenAI) {
  name: 'openai'
  params: {
    name: 'oai-${baseName}-${suffix}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    deploymentName: openAIDeploymentName
    modelName: openAIModelName
    modelVersion: openAIModelVersion
    deploymentSku: openAIDeploymentSku
    capacity: openAICapacity
  }
}

module webApp 'modules/webapp.bicep' = {
  name: 'webapp'
  params: {
    planName: 'plan-${baseName}-${suffix}'
    siteName: siteName
    location: location
    tags: tags
    skuName: appServiceSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenantId
    blobEndpoint: storage.outputs.blobEndpoint
    stateContainer: stateContainer
    archiveContainer: archiveContainer
    modelEndpoint: deployOpenAI ? openAI!.outputs.endpoint : ''
    modelDeployment: deployOpenAI ? openAI!.outputs.deploymentName : ''
    appInsightsConnectionString: monitoring.outputs.connectionString
    digestPeriod: digestPeriod
    digestDayOfWeek: digestDayOfWeek
    digestTimeOfDay: digestTimeOfDay
    digestTimeZone: digestTimeZone
    keyVaultName: keyVault.outputs.name
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${baseName}-${suffix}'
    displayName: botDisplayName
    tags: tags
    skuName: botSku
    endpoint: 'https://${webApp.outputs.hostName}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenantId
  }
}

@description('Host name of the Web App: the Teams package --domain.')
output appHostName string = webApp.outputs.hostName

@description('Name of the Web App, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('The bot\'s Microsoft App ID (the managed identity\'s client id): the Teams package --app-id.')
output botId string = bot.outputs.appId

@description('Name of the Azure Bot resource.')
output botResourceName string = bot.outputs.name

@description('Blob endpoint of the storage account.')
output storageBlobEndpoint string = storage.outputs.blobEndpoint

@description('Name of the Key Vault (it holds the digest link key, and a client secret if you add one).')
output keyVaultName string = keyVault.outputs.name
