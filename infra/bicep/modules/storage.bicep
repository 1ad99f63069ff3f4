// Storage for conversation state (botstate) and the archive of confirmed debriefs and digests
// (debriefs). Entra ID only: shared keys and anonymous access are off, so the managed identity's
// role assignment below is the only way in for the app.
param name string
param location string
param tags object
param skuName string
param principalId string
param stateContainer string
param archiveContainer string

@description('Days after which archived debriefs and digests are deleted.')
param retentionDays int

@description('Days a deleted blob or container stays recoverable.')
param softDeleteDays int

@description('Days a previous blob version is kept.')
param versionRetentionDays int

// Built-in role "Storage Blob Data Contributor".
var blobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    // Versioning keeps the previous content when a blob is overwritten or deleted;
    // the lifecycle rule below expires those versions.
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
  }
}

resource state 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainer
  properties: {
    publicAccess: 'None'
  }
}

resource archive 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: archiveContainer
  properties: {
    publicAccess: 'None'
  }
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          // Rule names: letters and digits only.
          name: 'deleteArchiveAfterRetention'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              // A prefix filter starts with the container name.
              prefixMatch: [
                '${archiveContainer}/'
              ]
            }
            actions: {
              baseBlob: {
                // Debriefs are written once, so "modified" is "created".
                delete: {
                  daysAfterModificationGreaterThan: retentionDays
                }
              }
            }
          }
        }
        {
          name: 'deleteOldVersions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            // Every container: state documents are rewritten on each turn and leave a version each time.
            filters: {
              blobTypes: [
                'blockBlob'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: versionRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    blobService
  ]
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, blobDataContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributorRoleId)
    principalId: principalId
    // Set explicitly: a just-created identity may not have replicated yet, and this skips the lookup.
    principalType: 'ServicePrincipal'
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
