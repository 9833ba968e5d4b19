// korpsplan in Azure: the submission service on Azure Functions (Flex Consumption, Node 22) and its
// storage. Deploy into a resource group:
//
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam
//
// The Entra ID app registration is infra/entra-app.bicep (a separate deployment: it needs Microsoft
// Graph permissions, not Azure ones). docs/deploy.md walks through both.

targetScope = 'resourceGroup'

@description('Azure region (Denmark East or a nearby EU region).')
param location string = resourceGroup().location

@description('Short name used in resource names.')
@minLength(3)
@maxLength(12)
param name string = 'korpsplan'

@description('Tenant ids whose users may sign in (the corps and each municipality that uses its own tenant).')
@minLength(1)
param allowedTenantIds array

@description('Client id (application id) of the korpsplan app registration (infra/entra-app.bicep output clientId).')
param apiClientId string

@description('Administrators before a roster exists: "tenantId:objectId" pairs, comma-separated.')
param bootstrapAdmins string = ''

@description('Origins allowed to call the API from a browser: where the add-in and the web page are served.')
param browserOrigins array = []

@description('Storage redundancy. ZRS keeps three copies across zones in the region.')
@allowed(['Standard_ZRS', 'Standard_LRS', 'Standard_GZRS', 'Standard_RAGZRS'])
param storageSku string = 'Standard_ZRS'

@description('Days that deleted or overwritten blobs (and containers) can be brought back.')
@minValue(7)
@maxValue(365)
param softDeleteDays int = 30

@description('Upper bound on instances the plan may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Largest accepted workbook in bytes (the intake refuses larger files with 413).')
param maxUploadBytes int = 5242880

param tags object = { product: 'korpsplan' }

var suffix = uniqueString(resourceGroup().id, name)
var storageAccountName = toLower('st${take(replace(name, '-', ''), 10)}${take(suffix, 12)}')
var dataContainer = 'korpsplan'
var deploymentContainer = 'app-package'
// Built-in roles.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}-${suffix}'
  location: location
  tags: tags
}

// --- Storage: the plans, receipts and roster, and the deployment package -------------------------

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  sku: { name: storageSku }
  kind: 'StorageV2'
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    // Keys are off: the service and the Functions host use the managed identity.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Every overwrite or delete keeps the previous version; nothing written is ever lost.
    isVersioningEnabled: true
    changeFeed: { enabled: true, retentionInDays: 365 }
    deleteRetentionPolicy: { enabled: true, days: softDeleteDays, allowPermanentDelete: false }
    containerDeleteRetentionPolicy: { enabled: true, days: softDeleteDays }
    // Point-in-time restore of the whole account within the soft-delete window.
    restorePolicy: { enabled: true, days: softDeleteDays - 1 }
  }
}

resource data 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: dataContainer
  properties: { publicAccess: 'None' }
}

resource deployments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainer
  properties: { publicAccess: 'None' }
}

resource blobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageBlobDataOwner)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// --- Monitoring ----------------------------------------------------------------------------------

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}-${suffix}'
  location: location
  tags: tags
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 90 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource insightsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, identity.id, monitoringMetricsPublisher)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// --- The Function App on the Flex Consumption plan -----------------------------------------------

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}-${suffix}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-${name}-${suffix}'
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identity.id }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: maximumInstanceCount, instanceMemoryMB: 2048 }
      // Node 22 LTS: Node 20 reached end of life in April 2026.
      runtime: { name: 'node', version: '22' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: { allowedOrigins: browserOrigins, supportCredentials: false }
      appSettings: [
        // The Functions host's own storage, through the managed identity.
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identity.properties.clientId};Authorization=AAD'
        }
        // korpsplan (functions/src/config.ts checks each of these at start).
        { name: 'AUTH_MODE', value: 'entra' }
        { name: 'AUTH_ALLOWED_TENANTS', value: join(allowedTenantIds, ',') }
        { name: 'AUTH_AUDIENCES', value: 'api://${apiClientId},${apiClientId}' }
        { name: 'AUTH_BOOTSTRAP_ADMINS', value: bootstrapAdmins }
        { name: 'STORAGE_ACCOUNT_URL', value: storage.properties.primaryEndpoints.blob }
        { name: 'STORAGE_MANAGED_IDENTITY_CLIENT_ID', value: identity.properties.clientId }
        { name: 'STORAGE_CONTAINER', value: dataContainer }
        { name: 'MAX_UPLOAD_BYTES', value: string(maxUploadBytes) }
      ]
    }
  }
  dependsOn: [blobOwner, insightsPublisher, data, deployments]
}

// No publishing passwords: deploy with Entra ID (az login) only.
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

output functionAppName string = app.name
output apiBaseUrl string = 'https://${app.properties.defaultHostName}'
output storageAccountName string = storage.name
output dataContainer string = dataContainer
output managedIdentityClientId string = identity.properties.clientId
