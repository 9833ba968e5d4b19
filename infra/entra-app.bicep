// The Entra ID app registration that the add-in signs in to and the service accepts tokens for.
// A separate deployment, because it needs Microsoft Graph permissions (Application Administrator or
// Application.ReadWrite.All) rather than Azure ones:
//
//   az deployment group create -g <rg> -f infra/entra-app.bicep -p spaRedirectUris='["https://addin.example.dk/taskpane.html"]'
//
// It makes a multi-tenant app (municipalities sign in from their own tenants) that exposes the
// delegated scope `access_as_user`, pre-authorises Office (so Office SSO gets a token without a
// consent prompt), and lists the add-in's pages as SPA redirect URIs (MSAL / nested app auth).
// One step is left for the CLI because an app cannot name its own id in the same declaration:
//   az ad app update --id <clientId> --identifier-uris api://<clientId>
// (docs/deploy.md).

extension microsoftGraphV1

@description('Stable name of the registration (used to find it again on redeploy).')
param uniqueName string = 'korpsplan'

param displayName string = 'korpsplan'

@description('Redirect URIs of the add-in pages and the web page (SPA), e.g. https://addin.example.dk/taskpane.html and brk-multihub://addin.example.dk for nested app authentication.')
param spaRedirectUris array = []

// Office clients that may ask for access_as_user without a consent prompt.
var officeClientIds = [
  'ea5a67f6-b6f3-4338-b240-c655ddc3cc8e' // all Microsoft Office application endpoints
  'd3590ed6-52b3-4102-aeff-aad2292ab01c' // Microsoft Office (desktop: Excel for Windows and Mac)
  '57fb890c-0dab-4253-a5e0-7188c88b2bb4' // Office on the web
  '08e18876-6177-487e-b8b5-cf950c1e598c' // Office on the web
  '93d53678-613d-4013-afc1-62e9e444a0a5' // Office on the web (Excel)
]
var scopeId = guid(resourceGroup().id, uniqueName, 'access_as_user')
var graphAppId = '00000003-0000-0000-c000-000000000000'
var graphUserRead = 'e1fe6dd8-ba31-4d61-89e7-88639da4683d' // User.Read (delegated)

resource korpsplanApp 'Microsoft.Graph/applications@v1.0' = {
  uniqueName: uniqueName
  displayName: displayName
  signInAudience: 'AzureADMultipleOrgs'
  api: {
    // v2 access tokens: issuer https://login.microsoftonline.com/{tid}/v2.0, as the service checks.
    requestedAccessTokenVersion: 2
    oauth2PermissionScopes: [
      {
        id: scopeId
        value: 'access_as_user'
        type: 'User'
        isEnabled: true
        adminConsentDisplayName: 'Indsend og læs implementeringsplaner / Submit and read implementation plans'
        adminConsentDescription: 'Lets korpsplan (the Excel add-in) submit and read implementation plans as the signed-in user.'
        userConsentDisplayName: 'Indsend og læs implementeringsplaner'
        userConsentDescription: 'Lader korpsplan indsende og læse implementeringsplaner som dig.'
      }
    ]
    preAuthorizedApplications: [for clientId in officeClientIds: { appId: clientId, delegatedPermissionIds: [scopeId] }]
  }
  spa: { redirectUris: spaRedirectUris }
  requiredResourceAccess: [
    {
      resourceAppId: graphAppId
      resourceAccess: [{ id: graphUserRead, type: 'Scope' }]
    }
  ]
}

resource korpsplanPrincipal 'Microsoft.Graph/servicePrincipals@v1.0' = {
  appId: korpsplanApp.appId
}

output clientId string = korpsplanApp.appId
output scope string = 'api://${korpsplanApp.appId}/access_as_user'
