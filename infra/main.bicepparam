// Parameters for infra/main.bicep. Replace the placeholders (docs/deploy.md, step 3).
using './main.bicep'

param name = 'korpsplan'
param allowedTenantIds = [
  '00000000-0000-0000-0000-000000000000' // the corps' tenant; add each municipality's tenant id
]
param apiClientId = '00000000-0000-0000-0000-000000000000' // output clientId of infra/entra-app.bicep
param bootstrapAdmins = '' // "tenantId:objectId" of the first administrator, until the roster has one
param browserOrigins = [
  'https://addin.example.dk' // where the add-in's pages are served
]
