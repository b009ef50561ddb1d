// The MUS service on Azure App Service (Linux, Node 20): the pages and /api on one HTTPS origin, a storage
// account with the durable job queue (reached with the app's managed identity, no keys), Azure Fluid Relay for
// the meeting's live layer (src/service/live/settings.ts), a Key Vault holding the two secrets (the Entra app's
// client secret and the relay's tenant key, read by App Service through Key Vault references), and Application
// Insights. Deployed by `arm/deploy` in teamsapp.yml; its outputs are written to manifest/env/.env.<environment>.
@maxLength(20)
@minLength(4)
@description('Prefix of every resource name (lower case letters and digits).')
param resourceBaseName string

@description('App Service plan SKU: B1 is the smallest with Always On; use P0v3 or higher in production.')
param webAppSku string = 'B1'

param location string = resourceGroup().location

@description('Client id of the MUS Entra app (aadApp/create).')
param aadAppClientId string

@secure()
@description('Client secret of the MUS Entra app (aadApp/create); kept in the Key Vault below.')
param aadAppClientSecret string

@description('Object id of the Entra group whose members are HR (sees signed conclusions of all).')
param hrGroupId string

@description('Graph id of the MUS SharePoint site ("{hostname},{site collection id},{web id}").')
param siteId string

var tenantId = subscription().tenantId
var jobsQueueName = 'mus-jobs'
// Storage Queue Data Contributor (built-in role).
var queueContributorRoleId = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
// Key Vault Secrets User (built-in role): reads secret values, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: toLower(replace('${resourceBaseName}jobs', '-', ''))
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
  }
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource jobsQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queues
  name: jobsQueueName
}

// The reminders' scheduled job runs on its own queue beside it (src/service/jobs/reminders.ts): `<queue>-reminders`.
resource remindersQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queues
  name: '${jobsQueueName}-reminders'
}

// The live layer: the MUS service signs each side panel's token with this relay's tenant key (HS256), for the
// conversation's two parties only; the relay holds the meeting's live notes, never the record.
resource fluid 'Microsoft.FluidRelay/fluidRelayServers@2022-06-01' = {
  name: '${resourceBaseName}-fluid'
  location: location
  properties: { storagesku: 'standard' }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${resourceBaseName}-kv'
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource clientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'mus-client-secret'
  properties: { value: aadAppClientSecret }
}

resource fluidKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'mus-fluid-key'
  properties: { value: fluid.listKeys().key1 }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/api/health'
      appCommandLine: 'npm run serve'
    }
  }
}

// The settings of the service (src/service/config.ts); a child resource, so the domain can be the site's own host name.
resource webSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: web
  name: 'appsettings'
  properties: {
    HOST: '0.0.0.0'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    // The pages are built before the deploy; App Service installs only what the service runs.
    CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev'
    MUS_TENANT_ID: tenantId
    MUS_CLIENT_ID: aadAppClientId
    MUS_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${clientSecret.properties.secretUri})'
    MUS_TAB_DOMAIN: web.properties.defaultHostName
    MUS_HR_GROUP_ID: hrGroupId
    MUS_SITE_ID: siteId
    MUS_JOBS_QUEUE_URL: '${storage.properties.primaryEndpoints.queue}${jobsQueueName}'
    MUS_FLUID_ENDPOINT: fluid.properties.fluidRelayEndpoints.serviceEndpoints[0]
    MUS_FLUID_TENANT_ID: fluid.properties.frsTenantId
    MUS_FLUID_KEY: '@Microsoft.KeyVault(SecretUri=${fluidKey.properties.secretUri})'
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  }
}

resource webCanUseQueue 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, web.id, queueContributorRoleId)
  properties: {
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', queueContributorRoleId)
  }
}

resource webCanReadSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, web.id, secretsUserRoleId)
  properties: {
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
  }
}

output AZURE_APP_SERVICE_RESOURCE_ID string = web.id
output TAB_DOMAIN string = web.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${web.properties.defaultHostName}'
output MUS_JOBS_QUEUE_URL string = '${storage.properties.primaryEndpoints.queue}${jobsQueueName}'
