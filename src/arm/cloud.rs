//! Azure clouds: where ARM and Entra ID live for each, and how az names them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cloud {
    Public,
    China,
    UsGov,
}

impl Cloud {
    /// az's cloud names (`az cloud list`), matched case-insensitively as az does.
    pub fn from_az_name(name: &str) -> Option<Cloud> {
        [Cloud::Public, Cloud::China, Cloud::UsGov]
            .into_iter()
            .find(|c| c.az_name().eq_ignore_ascii_case(name.trim()))
    }

    pub fn az_name(self) -> &'static str {
        match self {
            Cloud::Public => "AzureCloud",
            Cloud::China => "AzureChinaCloud",
            Cloud::UsGov => "AzureUSGovernment",
        }
    }

    pub fn arm_endpoint(self) -> &'static str {
        match self {
            Cloud::Public => "https://management.azure.com",
            Cloud::China => "https://management.chinacloudapi.cn",
            Cloud::UsGov => "https://management.usgovcloudapi.net",
        }
    }

    pub fn authority_host(self) -> &'static str {
        match self {
            Cloud::Public => "https://login.microsoftonline.com",
            Cloud::China => "https://login.chinacloudapi.cn",
            Cloud::UsGov => "https://login.microsoftonline.us",
        }
    }

    /// The token scope for ARM in this cloud.
    pub fn arm_scope(self) -> String {
        format!("{}/.default", self.arm_endpoint())
    }

    /// The Log Analytics query API (the resource logs) in this cloud.
    pub fn logs_endpoint(self) -> &'static str {
        match self {
            Cloud::Public => "https://api.loganalytics.io",
            Cloud::China => "https://api.loganalytics.azure.cn",
            Cloud::UsGov => "https://api.loganalytics.us",
        }
    }

    /// The token scope for the Log Analytics query API: a second audience for the same
    /// credential, its tokens cached apart from ARM's.
    pub fn logs_scope(self) -> String {
        format!("{}/.default", self.logs_endpoint())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn az_names_round_trip_case_insensitively() {
        assert_eq!(Cloud::from_az_name("azurechinacloud"), Some(Cloud::China));
        assert_eq!(Cloud::from_az_name(" AzureUSGovernment "), Some(Cloud::UsGov));
        assert_eq!(Cloud::from_az_name("AzureStack"), None);
        assert_eq!(Cloud::Public.arm_scope(), "https://management.azure.com/.default");
        assert_eq!(Cloud::Public.logs_scope(), "https://api.loganalytics.io/.default");
        assert_eq!(Cloud::UsGov.logs_scope(), "https://api.loganalytics.us/.default");
    }
}
