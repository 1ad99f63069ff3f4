// Linux App Service plan and the Web App that hosts the bot (.NET 10), running as the user-assigned identity.
param planName string
param siteName string
param location string
param tags object
param skuName string
param identityId string
param identityClientId string
param tenantId string
param blobEndpoint string
param stateContainer string
param archiveContainer string
param modelEndpoint string
param modelDeployment string
param appInsightsConnectionString string
param digestPeriod string
param digestDayOfWeek string
param digestTimeOfDay string
param digestTimeZone string
param keyVaultName string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true // required for Linux plans
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references in app settings resolve with this identity (there is no system identity).
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // Named explicitly so the platform never has to guess which *.runtimeconfig.json to start.
      appCommandLine: 'dotnet AllianceBot.Bot.dll'
      // The digest scheduler runs inside the app; an idle-unloaded app would miss its time.
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      // Ready = storage reachable, knowledge base and model client loaded; /healthz only says the process is up.
      healthCheckPath: '/readyz'
      // App Service turns "__" into ":" for .NET configuration: Storage__Kind binds Storage:Kind.
      appSettings: [
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppId'
          value: identityClientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenantId
        }
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId // tells DefaultAzureCredential which identity to use
        }
        {
          name: 'Storage__Kind'
          value: 'Blob'
        }
        {
          name: 'Storage__BlobServiceUri'
          value: blobEndpoint
        }
        {
          name: 'Storage__StateContainer'
          value: stateContainer
        }
        {
          name: 'Storage__ArchiveContainer'
          value: archiveContainer
        }
        {
          name: 'Model__Endpoint'
          value: modelEndpoint // empty: the bot runs its offline engine only
        }
        {
          name: 'Model__Deployment'
          value: modelDeployment
        }
        {
          name: 'Model__Provider'
          value: 'AzureOpenAI' // AzureOpenAIClient with the managed identity's token
        }
        {
          name: 'Model__UseEntraId'
          value: 'true'
        }
        {
          name: 'Digest__Period'
          value: digestPeriod
        }
        {
          name: 'Digest__DayOfWeek'
          value: digestDayOfWeek
        }
        {
          name: 'Digest__TimeOfDay'
          value: digestTimeOfDay
        }
        {
          name: 'Digest__TimeZone'
          value: digestTimeZone
        }
        {
          // Links to the full digest page point here (inside App Service the bot listens on another address).
          name: 'Digest__PageBaseUrl'
          value: 'https://${siteName}.azurewebsites.net'
        }
        {
          // The same key on every instance, so a link made on one opens on another.
          name: 'Digest__LinkKey'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=digest-link-key)'
        }
        {
          // The bot's own OpenTelemetry pipeline exports traces, metrics and logs here (Azure Monitor exporter).
          // App Service's Application Insights agent stays off: it would send a second, unfiltered copy.
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          // Structured JSON logs with the turn's scope (conversation and activity ids, never message text).
          name: 'Logging__Console__FormatterName'
          value: 'json'
        }
        {
          name: 'Logging__Console__FormatterOptions__IncludeScopes'
          value: 'true'
        }
      ]
    }
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
